package dev.dakora.registry.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns object names into paths under a root directory, refusing every name that could reach outside
 * it: absolute names, {@code ..} and {@code .} segments, empty segments, backslashes, drive letters,
 * percent-encoded characters, and paths whose existing part resolves through a symbolic link to a place
 * outside the root.
 */
final class ObjectNames {

    static final String TEMP_SUFFIX = ".dakora-tmp";

    private final Path root;
    private final Path realRoot;

    ObjectNames(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            this.realRoot = this.root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the template directory " + this.root, e);
        }
    }

    Path root() {
        return root;
    }

    /** The path of the object {@code name}; the name must be a valid object name. */
    Path resolve(String name) {
        check(name);
        Path path = root.resolve(name).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw refused(name, "it leaves the store's directory");
        }
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            if (existing == null || !existing.toRealPath().startsWith(realRoot)) {
                throw refused(name, "it resolves outside the store's directory");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve object " + name, e);
        }
        return path;
    }

    /** The object name of a file under the root, with {@code /} separators. */
    String nameOf(Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    static boolean isTemporary(String name) {
        return name.endsWith(TEMP_SUFFIX);
    }

    private static void check(String name) {
        if (name == null || name.isEmpty()) {
            throw refused(name, "it is empty");
        }
        if (name.startsWith("/")) {
            throw refused(name, "it is absolute");
        }
        for (char c : name.toCharArray()) {
            if (c == '\\' || c == '%' || c == ':' || c < 0x20 || c == 0x7f) {
                throw refused(name, "it holds the character '" + printable(c) + "'");
            }
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw refused(name, "it has an empty, '.' or '..' part");
            }
        }
        if (isTemporary(name)) {
            throw refused(name, "names ending in " + TEMP_SUFFIX + " are reserved for writes in progress");
        }
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    private static IllegalArgumentException refused(String name, String reason) {
        return new IllegalArgumentException("refused object name '" + name + "': " + reason);
    }
}

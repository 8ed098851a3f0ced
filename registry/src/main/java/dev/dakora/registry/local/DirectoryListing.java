package dev.dakora.registry.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The object names under a prefix: walks only the deepest folder the prefix names, skips symbolic links
 * and writes in progress, and tolerates files that vanish while it walks.
 */
final class DirectoryListing {

    private final ObjectNames names;

    DirectoryListing(ObjectNames names) {
        this.names = names;
    }

    List<String> list(String prefix) {
        if (prefix.startsWith("/") || prefix.contains("\\") || prefix.chars().anyMatch(Character::isISOControl)
                || List.of(prefix.split("/", -1)).contains("..")) {
            throw new IllegalArgumentException("refused list prefix '" + prefix.replaceAll("\\p{Cntrl}", "?")
                    + "': it must be a relative name without '..', '\\' or control characters");
        }
        String folder = prefix.contains("/") ? prefix.substring(0, prefix.lastIndexOf('/')) : "";
        Path start = folder.isEmpty() ? names.root() : names.resolve(folder);
        if (!Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = names.nameOf(file);
                    if (attributes.isRegularFile() && name.startsWith(prefix) && !ObjectNames.isTemporary(name)) {
                        found.add(name);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE; // removed while listing, e.g. a finished temporary file
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + prefix, e);
        }
        Collections.sort(found);
        return found;
    }
}

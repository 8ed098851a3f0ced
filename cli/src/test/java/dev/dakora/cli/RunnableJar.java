package dev.dakora.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What docker/Dockerfile copies into an image, resolved against a module's build output, and whether it can start. */
final class RunnableJar {

    static final String LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    /** The copy of the packaged jar: {@code cp <glob> /application.jar}. */
    private static final Pattern COPY = Pattern.compile("cp\\s+\"?(\\S+?)\"?\\s+/application\\.jar");

    private RunnableJar() {
    }

    /** The glob the Dockerfile copies, with the {@code MODULE} build argument substituted. */
    static String copiedGlob(Path dockerfile, String module) throws IOException {
        Matcher matcher = COPY.matcher(Files.readString(dockerfile));
        if (!matcher.find()) {
            throw new AssertionError(dockerfile + " copies no jar to /application.jar");
        }
        return matcher.group(1).replace("${MODULE}", module).replace("$MODULE", module);
    }

    /** The files under {@code root} the glob (relative to root, as in the build stage's working directory) matches. */
    static List<Path> matches(Path root, String glob) throws IOException {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        Path start = root.resolve(glob.substring(0, Math.max(0, glob.lastIndexOf('/'))));
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(start)) {
            return files.filter(file -> matcher.matches(root.relativize(file))).sorted().toList();
        }
    }

    /** The Start-Class of a jar Spring Boot's launcher runs; empty for a plain jar. */
    static Optional<String> startClass(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getManifest() == null) {
                return Optional.empty();
            }
            Attributes main = file.getManifest().getMainAttributes();
            String startClass = main.getValue("Start-Class");
            if (!LAUNCHER.equals(main.getValue(Attributes.Name.MAIN_CLASS)) || startClass == null || startClass.isBlank()) {
                return Optional.empty();
            }
            String entry = "BOOT-INF/classes/" + startClass.replace('.', '/') + ".class";
            return file.getEntry(entry) == null ? Optional.empty() : Optional.of(startClass);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.dakora.cli;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The environment variables a service module reads: the {@code ${NAME}} placeholders of its application.yml, the
 * variable names its main Java sources spell out (e.g. {@code "DATABASE_URL"}), the names Spring's relaxed binding
 * maps onto its configuration keys, and the variables of Spring and the JVM themselves.
 */
final class ServiceVariables {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final Pattern NAME_IN_CODE = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");
    private static final Set<String> PLATFORM = Set.of("SPRING_PROFILES_ACTIVE", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

    private final Set<String> names;
    private final Set<String> relaxedKeys;
    private final Set<String> profiles;

    private ServiceVariables(Set<String> names, Set<String> relaxedKeys, Set<String> profiles) {
        this.names = names;
        this.relaxedKeys = relaxedKeys;
        this.profiles = profiles;
    }

    static ServiceVariables of(Path module) throws IOException {
        Set<String> names = new HashSet<>(PLATFORM);
        Set<String> keys = new HashSet<>();
        Set<String> profiles = new HashSet<>();
        String yaml = Files.readString(module.resolve("src/main/resources/application.yml"));
        collect(PLACEHOLDER, yaml, names);
        for (Object document : new Yaml().loadAll(yaml)) {
            if (document instanceof Map<?, ?> map) {
                flatten("", map, keys);
                Object profile = path(map, "spring", "config", "activate", "on-profile");
                if (profile != null) {
                    profiles.add(String.valueOf(profile));
                }
            }
        }
        try (Stream<Path> sources = Files.walk(module.resolve("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                collect(NAME_IN_CODE, Files.readString(source), names);
            }
        }
        return new ServiceVariables(names, keys, profiles);
    }

    boolean reads(String variable) {
        return names.contains(variable) || relaxedKeys.contains(relaxed(variable));
    }

    Set<String> profiles() {
        return profiles;
    }

    private static String relaxed(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static void flatten(String prefix, Map<?, ?> map, Set<String> keys) {
        map.forEach((key, value) -> {
            String path = prefix + key;
            if (value instanceof Map<?, ?> child && !child.isEmpty()) {
                flatten(path + ".", child, keys);
            } else {
                keys.add(relaxed(path));
            }
        });
    }

    private static Object path(Map<?, ?> map, String... keys) {
        Object node = map;
        for (String key : keys) {
            if (!(node instanceof Map<?, ?> current)) {
                return null;
            }
            node = current.get(key);
        }
        return node;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }
}

package dev.dakora.fault;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code docker/docker-compose.yml} read as Compose reads it: a service's {@code environment} with
 * {@code ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR-default}} and {@code ${VAR:?message}} resolved
 * against the given variables (the {@code .env} file), then with every {@code host:port} of another
 * service and every mounted container path replaced by what runs here.
 */
final class ComposeFile {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

    private final Map<String, Object> services;

    private ComposeFile(Map<String, Object> services) {
        this.services = services;
    }

    @SuppressWarnings("unchecked")
    static ComposeFile read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return new ComposeFile((Map<String, Object>) root.get("services"));
        }
    }

    Set<String> serviceNames() {
        return services.keySet();
    }

    /**
     * The environment Compose gives {@code service}, with {@code hosts} ({@code "kafka:9092"} → a local
     * address) and {@code mounts} (container path → local directory) applied to every value.
     *
     * @throws IllegalStateException when a value still names another service's address after the mapping
     */
    @SuppressWarnings("unchecked")
    Map<String, String> environment(String service, Map<String, String> variables, Map<String, String> hosts,
                                    Map<String, String> mounts) {
        Map<String, Object> definition = (Map<String, Object>) services.get(service);
        if (definition == null) {
            throw new IllegalArgumentException("no service " + service + " in the Compose file");
        }
        Map<String, String> environment = new LinkedHashMap<>();
        Object declared = definition.getOrDefault("environment", Map.of());
        if (declared instanceof List<?> list) {
            list.forEach(entry -> {
                String[] pair = entry.toString().split("=", 2);
                environment.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
        } else {
            ((Map<String, Object>) declared).forEach((name, value) -> environment.put(name, String.valueOf(value)));
        }
        environment.replaceAll((name, value) -> map(substitute(value, variables), hosts, mounts));
        environment.forEach((name, value) -> services.keySet().forEach(other -> {
            if (value.matches("(?s).*(^|[/@])" + Pattern.quote(other) + ":\\d+.*")) {
                throw new IllegalStateException(service + ": " + name + " names " + other + " which is not mapped here");
            }
        }));
        return environment;
    }

    static String substitute(String value, Map<String, String> variables) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String operator = matcher.group(2);
            String given = variables.get(name);
            boolean missing = given == null || (operator != null && operator.startsWith(":") && given.isEmpty());
            String resolved;
            if (!missing) {
                resolved = given;
            } else if (operator == null) {
                resolved = "";
            } else if (operator.endsWith("?")) {
                throw new IllegalStateException("Compose needs " + name + ": " + matcher.group(3));
            } else {
                resolved = matcher.group(3);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(resolved));
        }
        matcher.appendTail(out);
        return out.toString().replace("$$", "$");
    }

    private static String map(String value, Map<String, String> hosts, Map<String, String> mounts) {
        String mapped = value;
        for (Map.Entry<String, String> host : hosts.entrySet()) {
            mapped = mapped.replace(host.getKey(), host.getValue());
        }
        for (Map.Entry<String, String> mount : mounts.entrySet()) {
            if (mapped.equals(mount.getKey()) || mapped.startsWith(mount.getKey() + "/")) {
                mapped = mount.getValue() + mapped.substring(mount.getKey().length());
            }
        }
        return mapped;
    }
}

package dev.dakora.cli;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a compose file as plain YAML (anchors and merge keys resolved, variables left as written). */
final class ComposeFile {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-?])([^}]*))?}");

    private ComposeFile() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> services(Path file) {
        try {
            Map<String, Object> compose = new Yaml().load(Files.readString(file));
            return (Map<String, Map<String, Object>>) compose.get("services");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A service's {@code environment}, in either of its forms (a mapping, or a list of NAME=value). */
    static Map<String, String> environment(Map<String, Object> service) {
        return entries(service.get("environment"));
    }

    private static Map<String, String> entries(Object environment) {
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((name, value) -> variables.put(String.valueOf(name), value == null ? "" : String.valueOf(value)));
        } else if (environment instanceof List<?> list) {
            list.forEach(entry -> {
                String text = String.valueOf(entry);
                int eq = text.indexOf('=');
                variables.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? "" : text.substring(eq + 1));
            });
        }
        return variables;
    }

    /** A service's {@code build.args}, in either of its forms (a mapping, or a list of NAME=value). */
    static Map<String, String> buildArgs(Map<String, Object> service) {
        Object build = service.get("build");
        return build instanceof Map<?, ?> map ? entries(map.get("args")) : Map.of();
    }

    /** The text as compose would see it with no variable set: {@code ${X:-d}} becomes d, other forms become empty. */
    static String withDefaults(String text) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = "-".equals(matcher.group(2)) ? matcher.group(3) : "";
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(out).toString();
    }

    static Set<String> interpolatedVariables(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}

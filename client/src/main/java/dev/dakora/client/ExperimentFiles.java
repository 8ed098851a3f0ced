package dev.dakora.client;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import tools.jackson.core.JacksonException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an experiment file into the map {@code POST /api/experiments} takes: YAML ({@code .yaml},
 * {@code .yml}; plain data only, no tags that build objects) or JSON ({@code .json}). A file that does
 * not hold one object is refused with {@link IllegalArgumentException}; the server checks the fields.
 */
public final class ExperimentFiles {

    private static final int MAX_BYTES = 1024 * 1024;

    private ExperimentFiles() {
    }

    public static Map<String, Object> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        if (!yaml && !name.endsWith(".json")) {
            throw new IllegalArgumentException("an experiment file must end in .yaml, .yml or .json: " + file);
        }
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException("experiment file " + file + " is over " + MAX_BYTES + " bytes");
            }
            text = Files.readString(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("no experiment file at " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return yaml ? yaml(text, file) : json(text, file);
    }

    private static Map<String, Object> yaml(String text, Path file) {
        try {
            Object value = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            return object(value, file);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("experiment file " + file + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> json(String text, Path file) {
        try {
            return object(Json.MAPPER.readValue(text, Object.class), file);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("experiment file " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, Object> object(Object value, Path file) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("experiment file " + file + " must hold one object (name, template, versions, ...)");
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        map.forEach((key, item) -> spec.put(String.valueOf(key), item));
        return spec;
    }
}

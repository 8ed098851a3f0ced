package dev.dakora.common.render;

import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One line of a parity file: a spec, the inputs a caller sends, and what real Jinja2 produced. The
 * category is set on cases this renderer differs from on purpose (e.g. template loading), else null.
 */
record ParityCase(String name, Map<String, Object> spec, Map<String, Object> inputs, Map<String, Object> expect,
                  String category) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    String expectedOutput() {
        return (String) expect.get("rendered");
    }

    String expectedError() {
        return (String) expect.get("error");
    }

    @Override
    public String toString() {
        return name;
    }

    @SuppressWarnings("unchecked")
    static List<ParityCase> load(String resource) {
        try (InputStream in = ParityCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(line -> !line.isBlank()).map(line -> {
                Map<String, Object> json = JSON.readValue(line, Map.class);
                return new ParityCase((String) json.get("name"), (Map<String, Object>) json.get("spec"),
                        (Map<String, Object>) json.get("inputs"), (Map<String, Object>) json.get("expect"),
                        (String) json.get("category"));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

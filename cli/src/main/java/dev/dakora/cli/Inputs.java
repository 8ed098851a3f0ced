package dev.dakora.cli;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Template inputs from {@code --input name=value} pairs (sent as strings; the server coerces them) or a JSON file. */
final class Inputs {

    private Inputs() {
    }

    static Map<String, Object> of(List<String> pairs, Path inputsFile, Path workingDir) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        if (inputsFile != null) {
            inputs.putAll(fromFile(workingDir.resolve(inputsFile)));
        }
        for (String pair : pairs == null ? List.<String>of() : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new CliException(ExitCodes.USAGE, "--input expects name=value, got '" + pair + "'");
            }
            inputs.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return inputs;
    }

    private static Map<String, Object> fromFile(Path file) {
        try {
            JsonNode node = CliJson.MAPPER.readTree(Files.readString(file));
            if (!node.isObject()) {
                throw new CliException(ExitCodes.USAGE, file + " must hold a JSON object of inputs, e.g. {\"name\": \"Ada\"}");
            }
            Map<String, Object> inputs = new LinkedHashMap<>();
            node.properties().forEach(entry -> inputs.put(entry.getKey(), entry.getValue()));
            return inputs;
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, "Cannot read " + file + ": " + e.getMessage());
        } catch (JacksonException e) {
            throw new CliException(ExitCodes.USAGE, file + " is not valid JSON: " + e.getOriginalMessage());
        }
    }
}

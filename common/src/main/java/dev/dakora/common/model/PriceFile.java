package dev.dakora.common.model;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a price file: {@code as-of: <date>} and {@code models: {provider/model: {input: 2.50, output:
 * 10.00}}}, both in USD per million tokens. {@code common} ships {@code prices.yaml} beside this class: the
 * LLM worker prices calls with it and the gateway lists it in {@code GET /api/models}.
 */
public final class PriceFile {

    public static final String CLASSPATH_LOCATION = "/dev/dakora/common/model/prices.yaml";

    private PriceFile() {
    }

    public static PriceTable shipped() {
        try (InputStream in = PriceFile.class.getResourceAsStream(CLASSPATH_LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("price file " + CLASSPATH_LOCATION + " is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PriceTable read(InputStream yaml) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof Map<?, ?> document) || !(document.get("models") instanceof Map<?, ?> models)) {
            throw new IllegalArgumentException("a price file needs a 'models' map");
        }
        Map<String, Price> prices = new LinkedHashMap<>();
        models.forEach((key, value) -> {
            if (!(value instanceof Map<?, ?> entry)) {
                throw new IllegalArgumentException("price of " + key + " must be a map with input and output");
            }
            prices.put(key.toString(), new Price(
                    PriceTable.decimal(entry.get("input"), "input price of " + key),
                    PriceTable.decimal(entry.get("output"), "output price of " + key)));
        });
        Object asOf = document.get("as-of");
        return new PriceTable(prices, asOf == null ? null : asOf.toString());
    }
}

package dev.dakora.common.render;

import dev.dakora.common.value.PythonFloats;
import dev.dakora.common.value.PythonFormat;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference's {@code yaml} filter, {@code yaml.safe_dump(value, sort_keys=False,
 * allow_unicode=True)}, with PyYAML's layout: block style, lists not indented under their key,
 * floats as Python writes them, and a {@code ...} end marker after a plain scalar document.
 */
final class PyYaml {

    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(PyYaml::newYaml);

    private PyYaml() {
    }

    static String dump(Object value) {
        Object plain = plain(value);
        String text = YAML.get().dump(plain);
        boolean scalar = !(plain instanceof Map<?, ?>) && !(plain instanceof List<?>);
        boolean quoted = text.startsWith("'") || text.startsWith("\"") || text.startsWith("|") || text.startsWith(">");
        return scalar && !quoted ? text + "...\n" : text;
    }

    /** Jinjava's wrappers and our sentinels as the plain maps, lists and scalars SnakeYAML knows. */
    private static Object plain(Object value) {
        return switch (value) {
            case null -> null;
            case Undefined u -> null;
            case Map<?, ?> map -> {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(PyValues.str(k), plain(v)));
                yield copy;
            }
            case Collection<?> items -> {
                List<Object> copy = new ArrayList<>(items.size());
                items.forEach(item -> copy.add(plain(item)));
                yield copy;
            }
            case Integer i -> i.longValue();
            case String s -> s;
            case Number n -> n;
            case Boolean b -> b;
            default -> PyValues.str(value);
        };
    }

    private static Yaml newYaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(80);
        options.setSplitLines(true);
        return new Yaml(new PythonRepresenter(options), options);
    }

    /** Writes floats as PyYAML does: Python's repr, lower case, always with a fraction. */
    private static final class PythonRepresenter extends Representer {

        PythonRepresenter(DumperOptions options) {
            super(options);
            Represent floats = data -> representScalar(Tag.FLOAT, pyYamlFloat((Double) data));
            this.representers.put(Double.class, floats);
            Represent strings = this.representers.get(String.class);
            this.representers.put(String.class, data -> data.toString().indexOf('\n') >= 0
                    ? representScalar(Tag.STR, data.toString(), DumperOptions.ScalarStyle.SINGLE_QUOTED)
                    : strings.representData(data));
        }

        private static String pyYamlFloat(double d) {
            if (Double.isNaN(d)) {
                return ".nan";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? ".inf" : "-.inf";
            }
            String repr = PythonFloats.repr(d).toLowerCase();
            return !repr.contains(".") && repr.contains("e") ? repr.replaceFirst("e", ".0e") : repr;
        }

    }
}

package dev.dakora.common.render;

import com.hubspot.jinjava.lib.fn.MacroFunction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Jinja2's {@code joiner}: called as {@code j()}, gives {@code ''} once, then the separator. */
public final class Joiner extends MacroFunction {

    private final String separator;
    private boolean used;

    Joiner(String separator) {
        super(List.of(), "joiner", new LinkedHashMap<>(), false, null, -1, -1);
        this.separator = separator;
    }

    @Override
    public Object doEvaluate(Map<String, Object> argMap, Map<String, Object> kwargMap, List<Object> varArgs) {
        if (!used) {
            used = true;
            return "";
        }
        return separator;
    }
}

package dev.dakora.common.render;

import com.hubspot.jinjava.lib.fn.MacroFunction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Jinja2's {@code cycler}: {@code next()} gives the current item and moves on; {@code reset()} starts over. */
public final class Cycler extends MacroFunction {

    private final List<Object> items;
    private int position;

    Cycler(List<Object> items) {
        super(List.of(), "cycler", new LinkedHashMap<>(), false, null, -1, -1);
        this.items = items;
    }

    public Object next() {
        Object current = items.get(position);
        position = (position + 1) % items.size();
        return current;
    }

    public Object getCurrent() {
        return items.get(position);
    }

    public String reset() {
        position = 0;
        return null;
    }

    @Override
    public Object doEvaluate(Map<String, Object> argMap, Map<String, Object> kwargMap, List<Object> varArgs) {
        throw new IllegalArgumentException("'Cycler' object is not callable");
    }
}

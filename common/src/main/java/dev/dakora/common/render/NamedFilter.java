package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;

import java.util.Map;

/** A Jinjava filter given by a name and a function of the value and its arguments. */
final class NamedFilter implements Filter {

    /** The filter's work: {@code value|name(args..., kwargs...)}. */
    @FunctionalInterface
    interface Body {
        Object apply(Object value, FilterArgs args);
    }

    private final String name;
    private final Body body;

    NamedFilter(String name, Body body) {
        this.name = name;
        this.body = body;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Object filter(Object value, JinjavaInterpreter interpreter, Object[] args, Map<String, Object> kwargs) {
        return body.apply(value, new FilterArgs(name, args, kwargs));
    }

    @Override
    public Object filter(Object value, JinjavaInterpreter interpreter, String... args) {
        return body.apply(value, new FilterArgs(name, args, Map.of()));
    }
}

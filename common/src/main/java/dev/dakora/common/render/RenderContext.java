package dev.dakora.common.render;

import com.google.common.collect.SetMultimap;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.fn.MacroFunction;

import java.util.Map;

/**
 * The context of one render, holding its inputs. Jinjava records every expression and value a
 * render resolves (for its deferred-rendering features, unused here); this context drops those
 * records to keep renders cheap.
 */
final class RenderContext extends Context {

    RenderContext(SharedContext shared, Map<String, ?> inputs) {
        // The shared parent enforces the disabled tags, filters and functions for every child context.
        super(shared, inputs, null);
    }

    /**
     * A macro by name, or else a callable value a template holds under that name ({@code
     * {% set pipe = joiner() %}{{ pipe() }}}).
     */
    @Override
    public MacroFunction getGlobalMacro(String identifier) {
        MacroFunction macro = super.getGlobalMacro(identifier);
        if (macro != null) {
            return macro;
        }
        JinjavaInterpreter current = JinjavaInterpreter.getCurrent();
        Object value = current == null ? null : current.getContext().get(identifier);
        return value instanceof Joiner joiner ? joiner : null;
    }

    @Override
    public void addResolvedExpression(String expression) {
    }

    @Override
    public void addResolvedValue(String value) {
    }

    @Override
    public void addResolvedFunction(String function) {
    }

    @Override
    public void addDependency(String type, String identification) {
    }

    @Override
    public void addDependencies(SetMultimap<String, String> dependencies) {
    }
}

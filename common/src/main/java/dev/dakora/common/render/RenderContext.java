package dev.dakora.common.render;

import com.google.common.collect.SetMultimap;
import com.hubspot.jinjava.interpret.Context;

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

package dev.dakora.common.render;

import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;

/**
 * {@code caller()} outside a macro called by a {@code {% call %}} block: undefined, as in Jinja2.
 * Being a known function, an expression naming it still parses, so {@code caller() if caller is
 * defined} works in any macro; inside a call block Jinjava's own {@code caller} macro answers first.
 */
final class CallerFunction {

    private CallerFunction() {
    }

    static ELFunctionDefinition definition() {
        return new ELFunctionDefinition("", "caller", CallerFunction.class, "caller", Object[].class);
    }

    public static Object caller(Object... args) {
        throw PyFailure.undefined("'caller' is undefined");
    }
}

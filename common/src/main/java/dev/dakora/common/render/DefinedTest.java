package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.exptest.ExpTest;

/**
 * Jinja2's {@code defined} / {@code undefined} tests: a declared input that is {@code None} is
 * defined; only an undeclared name is not.
 */
final class DefinedTest implements ExpTest {

    private final boolean expectDefined;

    DefinedTest(boolean expectDefined) {
        this.expectDefined = expectDefined;
    }

    @Override
    public String getName() {
        return expectDefined ? "defined" : "undefined";
    }

    @Override
    public boolean evaluate(Object value, JinjavaInterpreter interpreter, Object... args) {
        return !(value instanceof Undefined) == expectDefined;
    }
}

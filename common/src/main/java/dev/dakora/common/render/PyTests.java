package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.exptest.ExpTest;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * Jinja2's comparison and type tests with Python's meaning ({@link PyCompare}): {@code x is eq 1},
 * {@code x is gt 1}, {@code 'a' is in 'abc'}, {@code true is number} (a bool is a number in Python).
 */
record PyTests(String name, BiPredicate<Object, Object> test) implements ExpTest {

    static List<ExpTest> all() {
        return List.of(
                compare("eq", PyOperator.EQ), compare("equalto", PyOperator.EQ), compare("==", PyOperator.EQ),
                compare("ne", PyOperator.NE), compare("!=", PyOperator.NE),
                compare("lt", PyOperator.LT), compare("lessthan", PyOperator.LT), compare("<", PyOperator.LT),
                compare("le", PyOperator.LE), compare("<=", PyOperator.LE),
                compare("gt", PyOperator.GT), compare("greaterthan", PyOperator.GT), compare(">", PyOperator.GT),
                compare("ge", PyOperator.GE), compare(">=", PyOperator.GE),
                compare("in", PyOperator.IN),
                new PyTests("number", (value, unused) -> PyArithmetic.isNumber(value)));
    }

    private static PyTests compare(String name, PyOperator operator) {
        return new PyTests(name, (value, other) -> (Boolean) operator.apply(value, other));
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean evaluate(Object value, JinjavaInterpreter interpreter, Object... args) {
        if (value == Undefined.INSTANCE && "number".equals(name)) {
            return false;
        }
        if (value == Undefined.INSTANCE) {
            throw PyFailure.undefined("an undefined value was tested with '" + name + "'");
        }
        if (args.length == 0 && !"number".equals(name)) {
            throw PyFailure.error(name + "() missing 1 required positional argument");
        }
        return test.test(value, args.length == 0 ? null : args[0]);
    }
}

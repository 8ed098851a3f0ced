package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.exptest.ExpTest;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import com.hubspot.jinjava.objects.Namespace;
import com.hubspot.jinjava.objects.SafeString;
import com.hubspot.jinjava.util.ForLoop;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jinja2's tests of a value's kind with Python's meaning: {@code 'ab' is sequence} (a string is one),
 * {@code {'a': 1} is lower} ({@code str(value).islower()}), {@code 4.0 is even} ({@code value % 2 == 0},
 * an error for a value {@code %} refuses), {@code 'upper' is filter}, {@code x|e is escaped}.
 * An undefined value is callable, not escaped and not a sequence, as Jinja2's strict undefined is;
 * the tests that read it fail.
 */
record PyValueTests(String name, Body body) implements ExpTest {

    /** Every test Jinja2 3.1 has; any other name is an unknown test. */
    static final Set<String> JINJA2_TESTS = Set.of("boolean", "callable", "defined", "divisibleby", "eq", "equalto",
            "escaped", "even", "false", "filter", "float", "ge", "greaterthan", "gt", "in", "integer", "iterable", "le",
            "lessthan", "lower", "lt", "mapping", "ne", "none", "number", "odd", "sameas", "sequence", "string", "test",
            "true", "undefined", "upper", "==", "!=", "<", "<=", ">", ">=");

    /** The test's work on a value and its arguments. */
    @FunctionalInterface
    interface Body {
        boolean test(Object value, Object[] args);
    }

    static List<ExpTest> all() {
        return List.of(
                new PyValueTests("callable", (v, a) -> isCallable(v)),
                new PyValueTests("escaped", (v, a) -> v instanceof Markup || v instanceof SafeString),
                new PyValueTests("filter", (v, a) -> isText(hashable(v)) && SharedContext.offersFilter(v.toString())),
                new PyValueTests("test", (v, a) -> isText(hashable(v)) && JINJA2_TESTS.contains(v.toString())),
                new PyValueTests("string", (v, a) -> isText(v)),
                new PyValueTests("mapping", (v, a) -> isMapping(v)),
                new PyValueTests("sequence", (v, a) -> isText(v) || v instanceof List<?> || isMapping(v)),
                new PyValueTests("iterable", (v, a) -> isText(read(v)) || v instanceof Iterable<?> || isMapping(v)),
                new PyValueTests("lower", (v, a) -> isLower(str(v))),
                new PyValueTests("upper", (v, a) -> isUpper(str(v))),
                new PyValueTests("even", (v, a) -> remainderIs(v, 2L, 0L)),
                new PyValueTests("odd", (v, a) -> remainderIs(v, 2L, 1L)),
                new PyValueTests("divisibleby", (v, a) -> remainderIs(v, argument(a, "divisibleby"), 0L)));
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean evaluate(Object value, JinjavaInterpreter interpreter, Object... args) {
        return body.test(value, args);
    }

    private static boolean isCallable(Object value) {
        return value instanceof Undefined || value instanceof ForLoop
                || value instanceof MacroFunction && !(value instanceof Cycler);
    }

    static boolean isText(Object value) {
        return value instanceof CharSequence || value instanceof SafeString;
    }

    private static boolean isMapping(Object value) {
        return value instanceof Map<?, ?> && !(value instanceof Namespace);
    }

    /** The value, failing as Python's {@code hash()} does on a list or dict. */
    private static Object hashable(Object value) {
        if (value instanceof List<?> && !(value instanceof dev.dakora.common.value.PyTuple) || isMapping(value)) {
            throw PyFailure.error("unhashable type: '" + PyMethods.typeName(value) + "'");
        }
        return value;
    }

    /** The value of a test that reads it: an undefined one fails. */
    private static Object read(Object value) {
        if (value instanceof Undefined) {
            throw PyFailure.undefined("an undefined value was tested");
        }
        return value;
    }

    /**
     * Python's {@code str(value)} of a value a test reads; only its letters' case matters, so an
     * object Jinja2 prints as {@code <Namespace ...>} or {@code <jinja2.utils.Cycler object ...>} is
     * text holding both cases.
     */
    private static String str(Object value) {
        return switch (value) {
            case null -> "None";
            case CharSequence text -> text.toString();
            case MacroFunction f -> "<Object>";
            case Namespace n -> "<Object>";
            default -> PyValues.str(read(value));
        };
    }

    private static Object argument(Object[] args, String test) {
        if (args == null || args.length == 0) {
            throw PyFailure.error(test + "() missing 1 required positional argument");
        }
        return args[0];
    }

    /** Python's {@code value % divisor == expected}. */
    private static boolean remainderIs(Object value, Object divisor, long expected) {
        return Boolean.TRUE.equals(PyOperator.EQ.apply(PyDivision.mod(read(value), divisor), expected));
    }

    /** Python's {@code str.islower()}: some cased character and none in upper or title case. */
    private static boolean isLower(String text) {
        boolean cased = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            cased |= Character.isLowerCase(c);
            i += Character.charCount(c);
        }
        return cased;
    }

    /** Python's {@code str.isupper()}: some cased character and none in lower or title case. */
    private static boolean isUpper(String text) {
        boolean cased = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLowerCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            cased |= Character.isUpperCase(c);
            i += Character.charCount(c);
        }
        return cased;
    }
}

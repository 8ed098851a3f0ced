package dev.dakora.common.render;

import com.hubspot.jinjava.objects.SafeString;
import dev.dakora.common.value.PyTuple;
import dev.dakora.common.value.PyBytes;
import dev.dakora.common.value.PyRange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Python methods templates may call: on {@code str}, {@code dict}, {@code list}, {@code tuple} and
 * {@code range}, nothing else.
 */
final class PyMethods {

    private static final Set<String> STR = Set.of("upper", "lower", "strip", "lstrip", "rstrip", "startswith",
            "endswith", "split", "rsplit", "replace", "title", "capitalize", "count", "find", "rfind", "index",
            "rindex", "join", "isdigit", "isalpha", "isspace", "islower", "isupper", "splitlines", "format", "ljust",
            "rjust", "center", "zfill", "swapcase", "casefold", "isalnum", "isnumeric", "isdecimal", "istitle",
            "isascii", "isidentifier", "partition", "rpartition", "removeprefix", "removesuffix", "expandtabs",
            "encode", "isprintable", "format_map", "__len__", "__contains__", "__getitem__", "__add__", "__mul__",
            "__rmul__", "__str__", "__repr__");
    private static final Set<String> DICT = Set.of("items", "keys", "values", "get", "copy", "setdefault", "pop",
            "popitem", "update", "clear", "fromkeys", "__len__", "__contains__", "__getitem__");
    private static final Set<String> BYTES = Set.of("decode", "hex", "index", "count", "__len__", "__contains__",
            "__getitem__");
    private static final Set<String> SEQUENCE = Set.of("index", "count", "__len__", "__contains__", "__getitem__");
    private static final Set<String> LIST = Set.of("index", "count", "__len__", "__contains__", "__getitem__",
            "append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse", "copy");

    private PyMethods() {
    }

    static boolean isMethod(Object base, String name) {
        return switch (base) {
            case CharSequence s -> STR.contains(name);
            case SafeString s -> STR.contains(name);
            case PyNamespace n -> false;
            case Map<?, ?> m -> DICT.contains(name);
            case PyBytes b -> BYTES.contains(name);
            case PyTuple t -> SEQUENCE.contains(name);
            case PyRange r -> SEQUENCE.contains(name);
            case List<?> l -> LIST.contains(name);
            case Number n -> PyNumberMethods.isMethod(n, name);
            case Boolean b -> PyNumberMethods.isMethod(b, name);
            case null, default -> false;
        };
    }

    static String typeName(Object base) {
        return switch (base) {
            case CharSequence s -> "str";
            case SafeString s -> "str";
            case Map<?, ?> m -> "dict";
            case PyBytes b -> "bytes";
            case PyTuple t -> "tuple";
            case PyRange r -> "range";
            case List<?> l -> "list";
            case Boolean b -> "bool";
            case Number n -> PyNumbers.isInt(n) ? "int" : "float";
            case null -> "NoneType";
            default -> "object";
        };
    }

    /** Calls the method; a Python error (an {@code index} not found, a bad format) fails the render. */
    static Object call(Object base, String name, Object[] args) {
        try {
            return dispatch(base, name, args);
        } catch (RenderAbort | RenderException e) {
            throw e;
        } catch (RuntimeException e) {
            String problem = switch (e) {
                case UnsupportedOperationException u -> "this " + typeName(base) + " cannot be changed";
                case IllegalArgumentException known -> known.getMessage();
                case ArithmeticException known -> known.getMessage();
                default -> "the arguments do not fit this method";
            };
            RenderException failure = new RenderException(RenderException.Kind.FAILED,
                    typeName(base) + "." + name + "() failed: " + problem);
            if (com.hubspot.jinjava.interpret.JinjavaInterpreter.getCurrent() instanceof SandboxedInterpreter sandboxed) {
                sandboxed.state().fail(new RenderException(failure.kind(), failure.getMessage(), sandboxed.getLineNumber(), null));
            }
            throw failure;
        }
    }

    private static Object dispatch(Object base, String name, Object[] args) {
        return switch (base) {
            case Map<?, ?> map -> PyDicts.call(map, name, MethodArgs.of(args));
            case PyBytes bytes -> PyEncoding.call(bytes, name, MethodArgs.of(args));
            case PyTuple tuple -> PySequenceMethods.call(tuple, name, MethodArgs.of(args));
            case PyRange range -> PySequenceMethods.call(range, name, MethodArgs.of(args));
            case List<?> list -> PyLists.call(list, name, MethodArgs.of(args));
            case Number n -> PyNumberMethods.call(n, name, MethodArgs.of(args));
            case Boolean b -> PyNumberMethods.call(b, name, MethodArgs.of(args));
            case Markup text -> PyMarkupMethods.call(text, name, args);
            default -> PyStrings.call(PyValues.str(base), name, MethodArgs.of(args));
        };
    }

    static String joinStrings(Object iterable, String separator) {
        Collection<Object> items = PyValues.list(iterable);
        List<String> parts = new ArrayList<>(items.size());
        long size = OutputBudget.times(separator.length(), Math.max(0, items.size() - 1));
        for (Object item : items) {
            if (!(item instanceof CharSequence || item instanceof SafeString)) {
                throw new IllegalArgumentException("sequence item " + parts.size() + ": expected str instance, "
                        + typeName(item) + " found");
            }
            String part = PyValues.str(item);
            size += part.length();
            OutputBudget.require(size, "the joined text");
            parts.add(part);
        }
        return String.join(separator, parts);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

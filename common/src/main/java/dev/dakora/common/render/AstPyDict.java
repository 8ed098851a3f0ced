package dev.dakora.common.render;

import com.hubspot.jinjava.el.ext.AstDict;
import com.hubspot.jinjava.objects.SafeString;
import dev.dakora.common.value.PyTuple;
import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.javax.el.ELContext;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A dict literal as Python builds it: every key is an expression whose value is the key, so
 * {@code {1: 'a', 2.5: 'b'}} keeps its int and float keys (Jinjava would make them strings); keys
 * equal in Python ({@code 1}, {@code 1.0}, {@code true}) are one key, and a list or dict key is refused.
 */
final class AstPyDict extends AstDict {

    AstPyDict(Map<AstNode, AstNode> dict) {
        super(dict);
    }

    @Override
    public Object eval(Bindings bindings, ELContext context) {
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Map.Entry<AstNode, AstNode> entry : dict.entrySet()) {
            Object key = key(entry.getKey().eval(bindings, context));
            Object value = entry.getValue().eval(bindings, context);
            put(out, key, value);
        }
        return out;
    }

    private static Object key(Object key) {
        return switch (key) {
            case SafeString s -> s.toString();
            case CharSequence s -> s.toString();
            case Integer i -> i.longValue();
            case Undefined u -> throw PyFailure.undefined("an undefined value was used as a dict key");
            case PyTuple t -> t;
            case Map<?, ?> m -> throw PyFailure.error("unhashable type: 'dict'");
            case Collection<?> c -> throw PyFailure.error("unhashable type: '" + PyValues.typeName(c) + "'");
            case null, default -> key;
        };
    }

    /**
     * The key of {@code map} equal to {@code key} as Python compares keys ({@code 1}, {@code 1.0} and
     * {@code true} are one key), or {@code null} when there is none.
     */
    static Object find(Map<?, ?> map, Object key) {
        if (map.containsKey(key)) {
            return key;
        }
        if (key instanceof Number || key instanceof Boolean) {
            for (Object existing : map.keySet()) {
                if ((existing instanceof Number || existing instanceof Boolean) && PyCompare.eq(existing, key)) {
                    return existing;
                }
            }
        }
        return null;
    }

    /** Python's dict insert: a key equal to one already there (1 and 1.0) keeps the first key, takes the new value. */
    static void put(Map<Object, Object> map, Object key, Object value) {
        Object existing = find(map, key);
        map.put(existing == null ? key : existing, value);
    }
}

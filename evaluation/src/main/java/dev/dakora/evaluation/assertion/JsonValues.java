package dev.dakora.evaluation.assertion;

import dev.dakora.common.value.Values;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Equality of JSON values as JSON means it: numbers by value, lists in order, objects by keys. */
final class JsonValues {

    private JsonValues() {
    }

    static boolean same(Object a, Object b) {
        Object x = Values.normalize(a);
        Object y = Values.normalize(b);
        if (x instanceof Number m && y instanceof Number n) {
            return new BigDecimal(m.toString()).compareTo(new BigDecimal(n.toString())) == 0;
        }
        if (x instanceof List<?> l && y instanceof List<?> k) {
            if (l.size() != k.size()) {
                return false;
            }
            for (int i = 0; i < l.size(); i++) {
                if (!same(l.get(i), k.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (x instanceof Map<?, ?> m && y instanceof Map<?, ?> n) {
            if (!m.keySet().equals(n.keySet())) {
                return false;
            }
            return m.entrySet().stream().allMatch(e -> same(e.getValue(), n.get(e.getKey())));
        }
        return x == null ? y == null : x.equals(y);
    }
}

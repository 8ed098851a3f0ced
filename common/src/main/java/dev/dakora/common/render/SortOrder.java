package dev.dakora.common.render;

import java.util.List;

/** Python's ordering ({@code <}) for the values filters sort: numbers, strings by code point, lists item by item. */
final class SortOrder {

    private SortOrder() {
    }

    static int compare(Object x, Object y) {
        if (x instanceof Number || x instanceof Boolean) {
            if (y instanceof Number || y instanceof Boolean) {
                return Double.compare(PyNumbers.toDouble(x), PyNumbers.toDouble(y));
            }
        } else if (x instanceof CharSequence a && y instanceof CharSequence b) {
            return compareCodePoints(a.toString(), b.toString());
        } else if (x instanceof List<?> a && y instanceof List<?> b) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        }
        throw new IllegalArgumentException("'<' not supported between instances of '" + PyMethods.typeName(x)
                + "' and '" + PyMethods.typeName(y) + "'");
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int p = a.codePointAt(i);
            int q = b.codePointAt(j);
            if (p != q) {
                return Integer.compare(p, q);
            }
            i += Character.charCount(p);
            j += Character.charCount(q);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}

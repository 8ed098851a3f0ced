package dev.dakora.common.render;

import dev.dakora.common.value.PyRepr;
import dev.dakora.common.value.PythonFormat;

/**
 * Text marked safe by {@code escape} or {@code safe}, so escaping it again leaves it as it is (MarkupSafe's
 * {@code Markup}). Jinjava unwraps its own safe strings before every filter; this type survives a chain.
 */
record Markup(String text) implements CharSequence, PyRepr {

    @Override
    public String pythonRepr() {
        return "Markup(" + PythonFormat.repr(text) + ")";
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}

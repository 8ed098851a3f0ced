package dev.dakora.common.render;

import dev.dakora.common.value.PythonFormat;
import dev.dakora.common.value.PythonRepr;

/**
 * Text marked safe by {@code escape} or {@code safe}, so escaping it again leaves it as it is (MarkupSafe's
 * {@code Markup}). Jinjava unwraps its own safe strings before every filter; this type survives a chain.
 */
record Markup(String text) implements CharSequence, PythonRepr {

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

    /** Python prints safe text inside a container as {@code Markup('<b>')}. */
    @Override
    public void appendRepr(StringBuilder out) {
        out.append("Markup(").append(PythonFormat.repr(text)).append(')');
    }
}

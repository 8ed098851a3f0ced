package dev.dakora.common.render;

import com.hubspot.jinjava.util.HasObjectTruthValue;
import dev.dakora.common.value.PythonRepr;

import java.util.Collections;
import java.util.Iterator;

/**
 * An undefined value. {@link #INSTANCE} is an undeclared name inside an expression that asks about
 * it ({@code x is defined}, {@code x|default(...)}); anywhere else an undeclared name fails the
 * render, as with Jinja2's {@code StrictUndefined}. {@link #SILENT} is what Jinja2 gives for an
 * inline {@code if} without {@code else} whose condition is false: its plain {@code Undefined},
 * which prints as nothing, is false and iterates as empty, but fails arithmetic and attributes.
 */
enum Undefined implements HasObjectTruthValue, Iterable<Object>, PythonRepr {
    INSTANCE,
    SILENT;

    /** Jinja2 prints an undefined value inside a container as {@code Undefined}. */
    @Override
    public void appendRepr(StringBuilder out) {
        out.append("Undefined");
    }

    /** {@link #SILENT} is false; {@link #INSTANCE} has no truth value: asking fails the render, as StrictUndefined does. */
    @Override
    public boolean getObjectTruthValue() {
        if (this == INSTANCE) {
            throw PyFailure.undefined("an undefined value has no truth value");
        }
        return false;
    }

    @Override
    public Iterator<Object> iterator() {
        return Collections.emptyIterator();
    }
}

package dev.dakora.common.render;

import java.util.HashSet;
import java.util.Set;

/**
 * The names a template has bound at one point of it, as {@link TemplateVariables} walks it: those
 * bound in this block ({@code names}, which a {@code set} or {@code macro} adds to as it goes) and
 * those of the blocks around it.
 */
record NameScope(NameScope parent, Set<String> names) {

    /** The template's top level, where nothing is bound yet. */
    static NameScope root() {
        return new NameScope(null, new HashSet<>());
    }

    /** A block inside this one, binding {@code bound}. */
    NameScope child(Iterable<String> bound) {
        Set<String> names = new HashSet<>();
        bound.forEach(names::add);
        return new NameScope(this, names);
    }

    boolean binds(String name) {
        return names.contains(name) || (parent != null && parent.binds(name));
    }
}

package dev.dakora.common.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names a template has bound at one point of it, as {@link TemplateVariables} walks it: those
 * bound in this block ({@code names}, which a {@code set} or {@code macro} adds to as it goes) and
 * those of the blocks around it.
 */
record NameScope(NameScope parent, Set<String> names) {

    private static final List<String> MACRO_NAMES = List.of("varargs", "kwargs", "caller");

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

    /** The body of a {@code for} loop, binding its targets and {@code loop}. */
    NameScope loopBody(List<String> targets) {
        List<String> bound = new ArrayList<>(targets.stream().map(String::strip).toList());
        bound.add("loop");
        return child(bound);
    }

    /** The body of a macro or call block, binding its parameters and {@code varargs}, {@code kwargs}, {@code caller}. */
    NameScope macroBody(MacroSignature signature) {
        List<String> bound = new ArrayList<>(signature.names());
        bound.addAll(MACRO_NAMES);
        return child(bound);
    }

    boolean binds(String name) {
        return names.contains(name) || (parent != null && parent.binds(name));
    }
}

package dev.dakora.common.value;

/**
 * A value that prints itself as Python prints its kind: {@code range(0, 3)}, {@code dict_keys(['a'])},
 * {@code <Namespace {'a': 1}>}. {@link PythonFormat} asks it before treating it as a list or a map.
 */
public interface PythonRepr {

    /** Appends Python's {@code repr()} of this value; nested values go through {@link PythonFormat#repr}. */
    void appendRepr(StringBuilder out);
}

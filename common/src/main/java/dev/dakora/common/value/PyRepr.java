package dev.dakora.common.value;

/** A value with its own Python repr, used when it is printed inside a container: {@code Markup('x')}. */
public interface PyRepr {

    String pythonRepr();
}

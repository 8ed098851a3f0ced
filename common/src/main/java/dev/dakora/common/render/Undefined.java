package dev.dakora.common.render;

/**
 * The value of an undeclared name inside an expression that asks about it ({@code x is defined},
 * {@code x|default(...)}); anywhere else an undeclared name fails the render, as with Jinja2's
 * {@code StrictUndefined}.
 */
enum Undefined {
    INSTANCE
}

package dev.dakora.common.template;

import java.util.Arrays;
import java.util.Optional;

/** The input types a template may declare, spelled as in template YAML. */
public enum InputType {
    STRING("string"),
    NUMBER("number"),
    BOOLEAN("boolean"),
    ARRAY_OF_STRING("array<string>"),
    OBJECT("object");

    private final String wireName;

    InputType(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in YAML and JSON, e.g. {@code array<string>}. */
    public String wireName() {
        return wireName;
    }

    public static Optional<InputType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    public static String knownNames() {
        return String.join(", ", Arrays.stream(values()).map(InputType::wireName).toList());
    }

    @Override
    public String toString() {
        return wireName;
    }
}

package dev.dakora.client;

import java.util.UUID;

/** Test templates with ids unique in the run. */
final class Templates {

    private Templates() {
    }

    static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Template greeting(String id) {
        return Template.of(id, "Hello {{ name }}!")
                .withDescription("greets someone")
                .withInput("name", InputSpec.required("string"));
    }
}

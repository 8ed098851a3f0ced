package dev.dakora.registry;

/** No template, version or label by that name. */
public class TemplateNotFoundException extends RuntimeException {

    public TemplateNotFoundException(String message) {
        super(message);
    }
}

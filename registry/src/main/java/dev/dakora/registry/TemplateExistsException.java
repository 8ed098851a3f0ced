package dev.dakora.registry;

/** A live template already has the id being created. */
public class TemplateExistsException extends RuntimeException {

    public TemplateExistsException(String message) {
        super(message);
    }
}

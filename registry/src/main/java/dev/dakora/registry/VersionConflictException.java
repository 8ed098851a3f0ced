package dev.dakora.registry;

/** A save reused a version string that already names other content. */
public class VersionConflictException extends RuntimeException {

    public VersionConflictException(String message) {
        super(message);
    }
}

package dev.dakora.registry.azure;

/**
 * Azure Blob Storage refused or failed a request. The message names the action, the blob or container
 * and the HTTP status with Azure's error code; it never contains the connection string, key or SAS.
 */
public class AzureBlobStoreException extends RuntimeException {

    private final int statusCode;

    AzureBlobStoreException(String message, int statusCode, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
    }

    /** The HTTP status Azure answered with, or 0 when no response arrived. */
    public int statusCode() {
        return statusCode;
    }
}

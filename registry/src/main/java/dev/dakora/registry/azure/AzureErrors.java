package dev.dakora.registry.azure;

import com.azure.storage.blob.models.BlobStorageException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns failures of the Azure SDK into {@link AzureBlobStoreException}s whose messages say what was
 * attempted and why it failed, with every secret of the connection string masked.
 */
final class AzureErrors {

    private static final String MASK = "(hidden)";

    private final String location;
    private final List<String> secrets;

    AzureErrors(String location, List<String> secrets) {
        this.location = location;
        this.secrets = List.copyOf(secrets);
    }

    /** Errors for the container at {@code location}, masking the key and SAS of {@code config}. */
    static AzureErrors forConfig(AzureBlobStoreConfig config, String location) {
        List<String> secrets = new ArrayList<>();
        if (config.usesConnectionString()) {
            for (String part : config.connectionString().split(";")) {
                int eq = part.indexOf('=');
                String key = eq < 0 ? "" : part.substring(0, eq).strip();
                if (key.equalsIgnoreCase("AccountKey") || key.equalsIgnoreCase("SharedAccessSignature")) {
                    String value = part.substring(eq + 1).strip();
                    if (!value.isEmpty()) {
                        secrets.add(value);
                    }
                }
            }
            secrets.add(config.connectionString());
        }
        return new AzureErrors(location, secrets);
    }

    AzureBlobStoreException failed(String action, RuntimeException error) {
        if (error instanceof BlobStorageException storage) {
            String code = storage.getErrorCode() == null ? "no error code" : storage.getErrorCode().toString();
            String message = "Azure Blob Storage could not " + action + " in " + location + ": HTTP "
                    + storage.getStatusCode() + " " + code + hint(storage.getStatusCode());
            Throwable cause = revealsSecret(storage) ? null : storage;
            return new AzureBlobStoreException(mask(message), storage.getStatusCode(), cause);
        }
        String message = "Azure Blob Storage could not " + action + " in " + location + ": "
                + describe(error);
        return new AzureBlobStoreException(mask(message), 0, null);
    }

    String mask(String text) {
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }

    private boolean revealsSecret(Throwable error) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            String message = String.valueOf(current.getMessage());
            if (secrets.stream().anyMatch(message::contains)) {
                return true;
            }
        }
        return false;
    }

    private static String hint(int status) {
        return switch (status) {
            case 401, 403 -> " (check the account key or SAS in the connection string, or the credential's"
                    + " role on the container, e.g. Storage Blob Data Contributor)";
            case 404 -> " (the container or account does not exist)";
            default -> "";
        };
    }

    /** The chain of causes as "Type: message" parts; the SDK wraps I/O errors several levels deep. */
    private static String describe(Throwable error) {
        StringBuilder out = new StringBuilder();
        Throwable current = error;
        for (int depth = 0; current != null && depth < 4; depth++, current = current.getCause()) {
            if (depth > 0) {
                out.append(" <- ");
            }
            out.append(current.getClass().getSimpleName());
            if (current.getMessage() != null) {
                out.append(": ").append(current.getMessage());
            }
        }
        return out.toString();
    }
}

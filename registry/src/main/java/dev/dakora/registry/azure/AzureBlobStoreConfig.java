package dev.dakora.registry.azure;

import java.util.regex.Pattern;

/**
 * Where an {@link AzureBlobStore} keeps its blobs. Exactly one of {@code connectionString} (account key
 * or SAS) and {@code endpoint} (e.g. {@code https://acct.blob.core.windows.net}, signed in with
 * {@code DefaultAzureCredential}) is set. All names live under {@code prefix} inside {@code container};
 * a non-empty prefix is normalised to end with {@code /}. {@link #toString()} never shows the
 * connection string.
 */
public record AzureBlobStoreConfig(String connectionString, String endpoint, String container, String prefix) {

    private static final Pattern CONTAINER_NAME = Pattern.compile("[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]");

    public AzureBlobStoreConfig {
        boolean hasConnectionString = connectionString != null && !connectionString.isBlank();
        boolean hasEndpoint = endpoint != null && !endpoint.isBlank();
        if (hasConnectionString == hasEndpoint) {
            throw new IllegalArgumentException(
                    "Azure Blob store needs exactly one of a connection string or an endpoint"
                            + " (signed in with DefaultAzureCredential)");
        }
        connectionString = hasConnectionString ? connectionString.strip() : null;
        endpoint = hasEndpoint ? endpoint.strip() : null;
        if (container == null || !CONTAINER_NAME.matcher(container).matches()) {
            throw new IllegalArgumentException("Azure container name must be 3-63 lowercase letters, digits or"
                    + " single hyphens, starting and ending with a letter or digit: "
                    + BlobNames.quote(String.valueOf(container)));
        }
        prefix = normalisePrefix(prefix);
    }

    /** A store reached with a connection string, with no name prefix. */
    public static AzureBlobStoreConfig ofConnectionString(String connectionString, String container) {
        return new AzureBlobStoreConfig(connectionString, null, container, "");
    }

    /** A store reached at {@code endpoint} with {@code DefaultAzureCredential}, with no name prefix. */
    public static AzureBlobStoreConfig ofEndpoint(String endpoint, String container) {
        return new AzureBlobStoreConfig(null, endpoint, container, "");
    }

    /** The same store with all names under {@code newPrefix}. */
    public AzureBlobStoreConfig withPrefix(String newPrefix) {
        return new AzureBlobStoreConfig(connectionString, endpoint, container, newPrefix);
    }

    boolean usesConnectionString() {
        return connectionString != null;
    }

    @Override
    public String toString() {
        String target = usesConnectionString() ? "connectionString=(hidden)" : "endpoint=" + endpoint;
        return "AzureBlobStoreConfig[" + target + ", container=" + container + ", prefix=" + prefix + "]";
    }

    private static String normalisePrefix(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return "";
        }
        String withSlash = prefix.endsWith("/") ? prefix : prefix + "/";
        try {
            BlobNames.requireValidName(withSlash.substring(0, withSlash.length() - 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Azure Blob store prefix is invalid: " + e.getMessage());
        }
        return withSlash;
    }
}

package dev.dakora.registry.azure;

import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;

/** Builds the SDK client for a configured container, refusing malformed settings with a clear message. */
final class AzureClients {

    private AzureClients() {
    }

    static BlobContainerClient containerClient(AzureBlobStoreConfig config) {
        BlobServiceClientBuilder builder = new BlobServiceClientBuilder();
        if (config.usesConnectionString()) {
            try {
                builder.connectionString(config.connectionString());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Azure Storage connection string is malformed (value not shown);"
                        + " expected 'DefaultEndpointsProtocol=https;AccountName=...;AccountKey=...'"
                        + " or a BlobEndpoint with a SharedAccessSignature");
            }
        } else {
            try {
                builder.endpoint(config.endpoint()).credential(new DefaultAzureCredentialBuilder().build());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Azure Blob endpoint is not a valid URL: "
                        + BlobNames.quote(config.endpoint()));
            }
        }
        return builder.buildClient().getBlobContainerClient(config.container());
    }
}

package dev.dakora.gateway.config;

import dev.dakora.registry.TemplateRegistry;
import dev.dakora.registry.VersionedTemplateRegistry;
import dev.dakora.registry.azure.AzureBlobStore;
import dev.dakora.registry.azure.AzureBlobStoreConfig;
import dev.dakora.registry.local.LocalTemplateRegistry;

import java.nio.file.Path;

/**
 * Builds the registry {@code dakora.registry.type} names, or says plainly why it cannot: {@code local}
 * (a watched directory) or {@code azure} (a blob container, opened and created if missing at startup).
 */
final class RegistryFactory {

    private RegistryFactory() {
    }

    static TemplateRegistry create(DakoraProperties.Registry registry) {
        return switch (registry.type()) {
            case "local" -> new LocalTemplateRegistry(Path.of(registry.local().path()));
            case "azure" -> new VersionedTemplateRegistry(AzureBlobStore.connect(azureConfig(registry.azure())));
            default -> throw new IllegalStateException("unknown dakora.registry.type '" + registry.type()
                    + "'; use local or azure");
        };
    }

    static AzureBlobStoreConfig azureConfig(DakoraProperties.Azure azure) {
        try {
            return new AzureBlobStoreConfig(azure.connectionString(), azure.endpoint(), azure.container(), azure.prefix());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("dakora.registry.azure is not usable: " + e.getMessage()
                    + " (set AZURE_STORAGE_CONNECTION_STRING, or AZURE_STORAGE_ACCOUNT_URL with a signed-in identity)", e);
        }
    }
}

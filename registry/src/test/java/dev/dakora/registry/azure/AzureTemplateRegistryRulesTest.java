package dev.dakora.registry.azure;

import dev.dakora.registry.BlobStore;
import dev.dakora.registry.TemplateRegistryRulesTest;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

/** The registry's version and label rules over Azure Blob Storage (a real Azurite blob service). */
@ExtendWith(AzuriteExtension.class)
class AzureTemplateRegistryRulesTest extends TemplateRegistryRulesTest {

    private final Azurite azurite;

    AzureTemplateRegistryRulesTest(Azurite azurite) {
        this.azurite = azurite;
    }

    @Override
    protected BlobStore newStore() {
        String container = "rules-" + UUID.randomUUID().toString().substring(0, 8);
        return AzureBlobStore.connect(AzureBlobStoreConfig.ofConnectionString(azurite.connectionString(), container)
                .withPrefix("teams/rules"));
    }
}

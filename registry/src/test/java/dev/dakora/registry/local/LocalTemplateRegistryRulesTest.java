package dev.dakora.registry.local;

import dev.dakora.registry.BlobStore;
import dev.dakora.registry.TemplateRegistryRulesTest;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The registry's version and label rules over a directory. */
class LocalTemplateRegistryRulesTest extends TemplateRegistryRulesTest {

    @TempDir
    Path root;

    @Override
    protected BlobStore newStore() {
        return new LocalBlobStore(root);
    }
}

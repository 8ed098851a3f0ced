package dev.dakora.registry.local;

import dev.dakora.registry.BlobStore;
import dev.dakora.registry.BlobStoreContractTest;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The {@link BlobStore} contract over a directory. */
class LocalBlobStoreContractTest extends BlobStoreContractTest {

    @TempDir
    Path root;

    @Override
    protected BlobStore newStore() {
        return new LocalBlobStore(root);
    }
}

package dev.dakora.registry;

/** The registry's rules need nothing more than the {@link BlobStore} interface. */
class InMemoryTemplateRegistryRulesTest extends TemplateRegistryRulesTest {

    @Override
    protected BlobStore newStore() {
        return new InMemoryBlobStore();
    }
}

package dev.dakora.gateway.config;

import dev.dakora.registry.TemplateRegistry;
import dev.dakora.registry.local.LocalTemplateRegistry;

import java.nio.file.Path;

/** Builds the registry {@code dakora.registry.type} names, or says plainly why it cannot. */
final class RegistryFactory {

    private RegistryFactory() {
    }

    static TemplateRegistry create(DakoraProperties.Registry registry) {
        return switch (registry.type()) {
            case "local" -> new LocalTemplateRegistry(Path.of(registry.local().path()));
            case "azure" -> throw new IllegalStateException("azure registry not available in this build; "
                    + "set dakora.registry.type=local (DAKORA_REGISTRY_TYPE=local)");
            default -> throw new IllegalStateException("unknown dakora.registry.type '" + registry.type()
                    + "'; use local or azure");
        };
    }
}

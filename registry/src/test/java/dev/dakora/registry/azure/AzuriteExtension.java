package dev.dakora.registry.azure;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands tests an {@link Azurite} instance: started on first use, shared by every test class of the run,
 * stopped when the run ends. A missing Azurite fails the tests with install instructions; it never skips.
 */
final class AzuriteExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(AzuriteExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Azurite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Azurite.class, key -> start(), Azurite.class);
    }

    private static Azurite start() {
        Path azuriteDir = Path.of(System.getProperty("azurite.dir", "src/test/azurite"));
        Path logDir = Path.of(System.getProperty("azurite.log.dir", "target/azurite"));
        try {
            return Azurite.start(azuriteDir, logDir);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParameterResolutionException("Interrupted while starting Azurite", e);
        } catch (Exception e) {
            throw new ParameterResolutionException("Could not start Azurite: " + e.getMessage(), e);
        }
    }
}

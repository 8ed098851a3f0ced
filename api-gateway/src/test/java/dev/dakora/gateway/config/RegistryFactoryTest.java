package dev.dakora.gateway.config;

import dev.dakora.registry.TemplateRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistryFactoryTest {

    @TempDir
    Path prompts;

    @Test
    void should_open_a_local_registry_on_the_configured_directory() {
        // given
        DakoraProperties.Registry config = new DakoraProperties.Registry("local",
                new DakoraProperties.Local(prompts.resolve("nested").toString()), null);

        // when
        try (TemplateRegistry registry = RegistryFactory.create(config)) {
            // then
            assertThat(registry.list()).isEmpty();
            assertThat(prompts.resolve("nested")).isDirectory();
        }
    }

    @Test
    void should_refuse_an_unknown_registry_type_by_name() {
        // given
        DakoraProperties.Registry config = new DakoraProperties.Registry("s3", new DakoraProperties.Local("x"), null);

        // when / then
        assertThatThrownBy(() -> RegistryFactory.create(config))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'s3'").hasMessageContaining("local or azure");
    }
}

package dev.dakora.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class StandaloneSettingsTest {

    @Test
    void should_use_defaults_when_nothing_is_given() {
        // when
        StandaloneSettings settings = StandaloneSettings.from();

        // then
        assertThat(settings.dataDir()).isEqualTo(Path.of(".dakora").toAbsolutePath().normalize());
        assertThat(settings.promptsDir()).isEqualTo(Path.of("prompts").toAbsolutePath().normalize());
        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.postgresPort()).isEqualTo(54329);
        assertThat(settings.kafkaPort()).isEqualTo(54392);
        assertThat(settings.kafkaControllerPort()).isEqualTo(54393);
    }

    @Test
    void should_read_directories_and_ports_from_arguments() {
        // when
        StandaloneSettings settings = StandaloneSettings.from("--dakora.data-dir=/srv/dakora",
                "--dakora.registry.local.path=/srv/prompts", "--dakora.standalone.postgres.port=6000",
                "--dakora.standalone.kafka.port=6001", "--dakora.standalone.kafka.controller-port=6002",
                "--server.port=8080");

        // then
        assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/dakora"));
        assertThat(settings.promptsDir()).isEqualTo(Path.of("/srv/prompts"));
        assertThat(settings.postgresPort()).isEqualTo(6000);
        assertThat(settings.kafkaPort()).isEqualTo(6001);
        assertThat(settings.kafkaControllerPort()).isEqualTo(6002);
    }

    @Test
    void should_name_the_property_when_a_port_is_out_of_range() {
        // when / then
        assertThatThrownBy(() -> StandaloneSettings.from("--dakora.standalone.kafka.port=70000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dakora.standalone.kafka.port must be a port between 1 and 65535, got 70000");
    }

    @Test
    void should_name_the_property_when_a_port_is_not_a_number() {
        // when / then
        assertThatThrownBy(() -> StandaloneSettings.from("--dakora.standalone.postgres.port=five"))
                .hasMessageContaining("dakora.standalone.postgres.port");
    }
}

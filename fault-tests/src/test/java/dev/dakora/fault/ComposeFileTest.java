package dev.dakora.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeFileTest {

    @Test
    void should_use_the_default_when_a_variable_is_unset_or_empty() {
        assertThat(ComposeFile.substitute("${A:-x}/${B:-y}", Map.of("B", ""))).isEqualTo("x/y");
        assertThat(ComposeFile.substitute("${A:-x}", Map.of("A", "given"))).isEqualTo("given");
    }

    @Test
    void should_keep_an_empty_value_when_the_default_applies_to_unset_only() {
        assertThat(ComposeFile.substitute("[${A-x}]", Map.of("A", ""))).isEqualTo("[]");
        assertThat(ComposeFile.substitute("[${A-x}]", Map.of())).isEqualTo("[x]");
    }

    @Test
    void should_refuse_a_required_variable_that_is_missing() {
        assertThatThrownBy(() -> ComposeFile.substitute("${KEY:?set KEY}", Map.of()))
                .hasMessageContaining("KEY").hasMessageContaining("set KEY");
        assertThat(ComposeFile.substitute("${KEY:?set KEY}", Map.of("KEY", "k"))).isEqualTo("k");
    }

    @Test
    void should_map_service_addresses_and_mounts_in_a_service_environment(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("compose.yml");
        Files.writeString(file, """
                x-common: &common
                  environment:
                    KAFKA: kafka:9092
                services:
                  kafka: {image: k}
                  worker:
                    <<: *common
                  app:
                    environment:
                      DATABASE_URL: postgresql://u:${PW:-p}@db:5432/d
                      DIR: /app/data/sub
                  db: {image: p}
                """);
        ComposeFile compose = ComposeFile.read(file);

        Map<String, String> app = compose.environment("app", Map.of(), Map.of("db:5432", "127.0.0.1:7"), Map.of("/app/data", "/tmp/x"));
        Map<String, String> worker = compose.environment("worker", Map.of(), Map.of("kafka:9092", "127.0.0.1:9"), Map.of());

        assertThat(app).containsEntry("DATABASE_URL", "postgresql://u:p@127.0.0.1:7/d").containsEntry("DIR", "/tmp/x/sub");
        assertThat(worker).containsEntry("KAFKA", "127.0.0.1:9");
    }

    @Test
    void should_refuse_an_environment_that_still_names_an_unmapped_service(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("compose.yml");
        Files.writeString(file, """
                services:
                  db: {image: p}
                  app:
                    environment:
                      DATABASE_URL: postgresql://u:p@db:5432/d
                """);

        assertThatThrownBy(() -> ComposeFile.read(file).environment("app", Map.of(), Map.of(), Map.of()))
                .hasMessageContaining("DATABASE_URL").hasMessageContaining("db");
    }
}

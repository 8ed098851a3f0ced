package dev.dakora.gateway.config;

import dev.dakora.gateway.GatewayApplication;
import dev.dakora.gateway.support.TestDatabase;
import dev.dakora.gateway.support.TestKafka;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The application started the way a deployment starts it: only {@code DATABASE_URL} says where PostgreSQL is. */
class DatabaseUrlBootTest {

    @TempDir
    Path prompts;

    @Test
    void should_reach_postgresql_through_database_url_alone() {
        // given
        String databaseUrl = "postgresql://postgres:postgres@localhost:" + TestDatabase.postgres().getPort() + "/postgres";

        // when
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GatewayApplication.class)
                .properties("DATABASE_URL=" + databaseUrl, "server.port=0", "dakora.registry.local.path=" + prompts,
                        "spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers())
                .run()) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();

            // then
            WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                    .responseTimeout(java.time.Duration.ofSeconds(30)).build()
                    .get().uri("/api/health").exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.database.status").isEqualTo("up");
        }
    }

    @Test
    void should_refuse_to_start_with_a_clear_message_when_database_url_is_not_postgresql() {
        // given
        SpringApplicationBuilder application = new SpringApplicationBuilder(GatewayApplication.class)
                .properties("DATABASE_URL=mysql://u:p@localhost/db", "server.port=0", "dakora.registry.local.path=" + prompts);

        // when / then
        assertThatThrownBy(application::run).hasStackTraceContaining("DATABASE_URL must look like postgresql://");
    }
}

package dev.dakora.common.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUrlTest {

    @Test
    void should_map_a_reference_database_url_to_r2dbc_and_flyway_settings() {
        // given
        String url = "postgresql://dakora:s%40cret@db.internal:6543/prompts?sslmode=require";

        // when
        Map<String, Object> properties = DatabaseUrl.parse(url).toProperties();

        // then
        assertThat(properties)
                .containsEntry("spring.r2dbc.url", "r2dbc:postgresql://db.internal:6543/prompts?sslmode=require")
                .containsEntry("spring.flyway.url", "jdbc:postgresql://db.internal:6543/prompts?sslmode=require")
                .containsEntry("spring.r2dbc.username", "dakora").containsEntry("spring.flyway.user", "dakora")
                .containsEntry("spring.r2dbc.password", "s@cret").containsEntry("spring.flyway.password", "s@cret");
    }

    @Test
    void should_default_the_port_and_accept_the_postgres_scheme() {
        // given / when
        DatabaseUrl url = DatabaseUrl.parse("postgres://localhost/dakora");

        // then
        assertThat(url.port()).isEqualTo(5432);
        assertThat(url.username()).isNull();
        assertThat(url.toProperties()).doesNotContainKey("spring.r2dbc.username");
    }

    @Test
    void should_refuse_a_url_that_is_not_postgresql_without_echoing_it() {
        // given / when / then
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://u:topsecret@h/db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("postgresql://").hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u:p@h:5432/"))
                .hasMessageContaining("no database");
    }
}

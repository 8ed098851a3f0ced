package dev.dakora.gateway.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUrlEnvironmentPostProcessorTest {

    @Test
    void should_override_application_yml_but_not_explicit_environment_when_post_processing() {
        // given
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MockPropertySource("explicit")
                .withProperty("DATABASE_URL", "postgresql://a:b@host:1/db"));
        environment.getPropertySources().addLast(new MockPropertySource("applicationYml")
                .withProperty("spring.r2dbc.url", "r2dbc:postgresql://localhost:5432/dakora"));

        // when
        new DatabaseUrlEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        // then
        assertThat(environment.getProperty("spring.r2dbc.url")).isEqualTo("r2dbc:postgresql://host:1/db");
        assertThat(environment.getProperty("spring.flyway.password")).isEqualTo("b");
    }

    @Test
    void should_change_nothing_when_database_url_is_absent() {
        // given
        StandardEnvironment environment = new StandardEnvironment();
        int sources = environment.getPropertySources().size();

        // when
        new DatabaseUrlEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        // then
        assertThat(environment.getPropertySources().size()).isEqualTo(sources);
    }
}

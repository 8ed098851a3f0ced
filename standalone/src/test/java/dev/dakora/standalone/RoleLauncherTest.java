package dev.dakora.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

class RoleLauncherTest {

    private final RoleLauncher launcher = new RoleLauncher(
            Map.of("spring.kafka.bootstrap-servers", "127.0.0.1:1234"),
            Map.of("dakora.test.default-only", "default", "dakora.test.ranked", "default"));

    @Test
    void should_rank_standalone_properties_over_arguments_and_defaults_under_the_roles_own_config() {
        // given
        Role role = Role.worker("test-worker", TestWorkerApplication.class)
                .with(Map.of("dakora.test.role-only", "role"));

        // when
        try (ConfigurableApplicationContext context = launcher.start(role,
                "--spring.kafka.bootstrap-servers=elsewhere:9092", "--dakora.test.role-only=argument")) {

            // then
            Environment environment = context.getEnvironment();
            assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("127.0.0.1:1234");
            assertThat(environment.getProperty("dakora.test.role-only")).isEqualTo("role");
            assertThat(environment.getProperty("dakora.test.ranked")).isEqualTo("from-application-yml");
            assertThat(environment.getProperty("dakora.test.default-only")).isEqualTo("default");
            assertThat(environment.getProperty("dakora.test.owner")).isEqualTo("test-worker");
        }
    }

    @Test
    void should_let_arguments_override_defaults_when_the_standalone_does_not_set_the_property() {
        // when
        try (ConfigurableApplicationContext context = launcher.start(
                Role.worker("test-worker", TestWorkerApplication.class), "--dakora.test.default-only=argument")) {

            // then
            assertThat(context.getEnvironment().getProperty("dakora.test.default-only")).isEqualTo("argument");
        }
    }

    @Test
    void should_reject_a_role_without_an_application_class() {
        // when / then
        assertThatThrownBy(() -> Role.worker("broken", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a role needs a name, an application class and a web type");
    }
}

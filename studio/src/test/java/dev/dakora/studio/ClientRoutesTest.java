package dev.dakora.studio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientRoutesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/templates", "/templates/new", "/templates/greeting", "/templates/greeting/versions",
            "/templates/summary.v2", "/compare", "/batches/b-1", "/executions", "/no/such/screen", "/datasets/qa.v2",
            "/experiments/x-1/compare"})
    void should_route_to_the_ui_when_the_path_is_a_client_route(String path) {
        // given a path the UI routes itself

        // when
        boolean client = ClientRoutes.isClientRoute(path);

        // then
        assertThat(client).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/api", "/api/templates", "/api/templates/x/render", "/ws/events",
            "/actuator/health", "/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html", "/webjars/x.js",
            "/assets/index-abc.js", "/favicon.svg", "/robots.txt"})
    void should_leave_the_path_alone_when_it_is_a_server_path_or_a_file(String path) {
        // given a path the server answers itself

        // when
        boolean client = ClientRoutes.isClientRoute(path);

        // then
        assertThat(client).isFalse();
    }
}

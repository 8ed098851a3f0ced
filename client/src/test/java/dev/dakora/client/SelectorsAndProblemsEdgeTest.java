package dev.dakora.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the SDK sends for a selected version on render and compare, and how it reads problems with only a
 * {@code title} or with plain-text {@code errors}: a local HTTP server at the edge records requests and answers
 * shapes the gateway's own tests cannot produce on demand.
 */
class SelectorsAndProblemsEdgeTest {

    private static final String COMPARED = """
            {"results":[{"output":"Hi","provider":"echo","model":"echo","tokens_in":1,"tokens_out":1,"cost_usd":0,
              "latency_ms":2,"error":null}],"total_cost_usd":0,"total_tokens_in":1,"total_tokens_out":1,
             "total_time_ms":2,"successful_count":1,"failed_count":0}""";

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer edge;
    private Dakora dakora;

    @BeforeEach
    void startEdge() throws IOException {
        edge = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        edge.createContext("/api/templates", this::answer);
        edge.start();
        dakora = Dakora.builder().url("http://127.0.0.1:" + edge.getAddress().getPort()).build();
    }

    @AfterEach
    void stopEdge() {
        dakora.close();
        edge.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(exchange.getRequestMethod() + " " + path + (query == null ? "" : "?" + query));
        exchange.getRequestBody().readAllBytes();
        int status = 200;
        String body;
        if (path.endsWith("/render")) {
            body = "{\"rendered\":\"Hi Ada!\",\"inputs_used\":{\"name\":\"Ada\"}}";
        } else if (path.endsWith("/compare")) {
            body = COMPARED;
        } else if (path.endsWith("/titled")) {
            status = 409;
            body = "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409}";
        } else {
            status = 400;
            body = "{\"status\":400,\"detail\":\"bad rows\",\"errors\":[\"row 3 has no name\",{\"row_index\":4,\"message\":\"empty\"}]}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void should_ask_for_the_labelled_version_when_rendering_with_a_label() {
        // when
        RenderResult result = dakora.prompts().render("greeting", Selector.label("production"), Map.of("name", "Ada"));

        // then
        assertThat(result.rendered()).isEqualTo("Hi Ada!");
        assertThat(requests).containsExactly("POST /api/templates/greeting/render?label=production");
    }

    @Test
    void should_ask_for_no_version_when_rendering_the_current_one() {
        // when
        dakora.prompts().render("greeting", Selector.CURRENT, Map.of("name", "Ada"));

        // then
        assertThat(requests).containsExactly("POST /api/templates/greeting/render");
    }

    @Test
    void should_ask_for_the_exact_version_when_comparing_with_a_version() {
        // when
        CompareResult result = dakora.prompts().compare("greeting", Selector.version("1.0.0"),
                CompareRequest.of(List.of("echo"), Map.of("name", "Ada")));

        // then
        assertThat(result.successfulCount()).isEqualTo(1);
        assertThat(requests).containsExactly("POST /api/templates/greeting/compare?version=1.0.0");
    }

    @Test
    void should_use_the_title_as_detail_when_a_problem_has_no_detail() {
        // when
        ConflictException error = catchThrowableOfType(ConflictException.class, () -> dakora.prompts().get("titled"));

        // then
        assertThat(error.detail()).isEqualTo("Conflict");
    }

    @Test
    void should_keep_plain_text_errors_as_messages_beside_row_errors() {
        // when
        ValidationException error = catchThrowableOfType(ValidationException.class, () -> dakora.prompts().get("rows"));

        // then
        assertThat(error.detail()).isEqualTo("bad rows");
        assertThat(error.errors()).containsExactly(new FieldError(null, "row 3 has no name", null),
                new FieldError(null, "empty", 4));
    }
}

package dev.dakora.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 429, and a 502 whose body is not a problem. The gateway has no route that answers 429 itself (a limit in
 * front of it, such as a reverse proxy, does), so a local HTTP server at the network edge plays that part.
 */
class RateLimitedAnswerTest {

    private HttpServer edge;

    @BeforeEach
    void startEdge() throws IOException {
        edge = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        edge.createContext("/api/templates", exchange -> {
            if (exchange.getRequestURI().getPath().endsWith("/render")) {
                byte[] page = "<html>bad gateway</html>".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(502, page.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page);
                }
                return;
            }
            byte[] body = "{\"type\":\"about:blank\",\"status\":429,\"detail\":\"over 10 requests per second\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.getResponseHeaders().add("Retry-After", "3");
            exchange.sendResponseHeaders(429, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        edge.start();
    }

    @AfterEach
    void stopEdge() {
        edge.stop(0);
    }

    @Test
    void should_throw_rate_limited_with_retry_after_when_the_answer_is_429() {
        // given
        try (Dakora dakora = Dakora.builder().url("http://127.0.0.1:" + edge.getAddress().getPort()).build()) {

            // when
            RateLimitedException error = catchThrowableOfType(RateLimitedException.class, () -> dakora.prompts().list());

            // then
            assertThat(error.status()).isEqualTo(429);
            assertThat(error.detail()).isEqualTo("over 10 requests per second");
            assertThat(error.retryAfter()).contains(Duration.ofSeconds(3));
        }
    }

    @Test
    void should_throw_server_exception_with_the_body_start_as_detail_when_the_answer_is_not_a_problem() {
        // given
        try (Dakora dakora = Dakora.builder().url("http://127.0.0.1:" + edge.getAddress().getPort()).build()) {

            // when
            ServerException error = catchThrowableOfType(ServerException.class,
                    () -> dakora.prompts().render("greeting", java.util.Map.of()));

            // then
            assertThat(error.status()).isEqualTo(502);
            assertThat(error.detail()).isEqualTo("<html>bad gateway</html>");
            assertThat(error.retryAfter()).isEmpty();
        }
    }
}

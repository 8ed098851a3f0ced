package dev.dakora.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OpenAI-compatible chat completions endpoint on 127.0.0.1 for the pipeline benchmarks: every request
 * is answered after a fixed latency with a short completion and fixed usage (12 tokens in, 7 out).
 * Any bearer key is accepted. Runs until killed; prints the number of requests served every 10 s.
 *
 * <p>Arguments: {@code <port> [latency ms, default 200]}.
 */
public final class FakeOpenAiProvider {

    private static final byte[] ANSWER = """
            {"id":"chatcmpl-bench","object":"chat.completion","created":1700000000,"model":"bench",
             "choices":[{"index":0,"message":{"role":"assistant","content":"a benchmark answer"},"finish_reason":"stop"}],
             "usage":{"prompt_tokens":12,"completion_tokens":7,"total_tokens":19}}
            """.getBytes(StandardCharsets.UTF_8);

    private final Duration latency;
    private final AtomicLong served = new AtomicLong();

    private FakeOpenAiProvider(Duration latency) {
        this.latency = latency;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("sun.net.httpserver.maxIdleConnections", "10000");
        int port = Integer.parseInt(args[0]);
        FakeOpenAiProvider provider = new FakeOpenAiProvider(Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 200));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 4096);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/chat/completions", provider::answer);
        server.start();
        System.out.println("fake provider on http://127.0.0.1:" + port + "/v1, latency " + provider.latency.toMillis() + " ms");
        while (true) {
            Thread.sleep(10_000);
            System.out.println("fake provider: " + provider.served.get() + " requests served");
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
            Thread.sleep(latency);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, ANSWER.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(ANSWER);
            }
            served.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // the caller gave up: nothing to answer
        }
    }
}

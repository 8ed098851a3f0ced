package dev.dakora.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;

/**
 * An OpenAI-compatible chat completions endpoint ({@code POST <baseUrl>/chat/completions}) on 127.0.0.1.
 * Answers with the replies scripted by {@link #then}, in order, then with the default: by default a
 * completion "answer from &lt;model&gt;" with {@value #PROMPT_TOKENS} prompt and {@value #COMPLETION_TOKENS}
 * completion tokens. Options: a latency before every answer, a share of random 429s and 500s, a required
 * bearer key (401 otherwise). Records every request ({@link Request}), including the status it got.
 */
public final class FakeOpenAiProvider implements AutoCloseable {

    public static final int PROMPT_TOKENS = 12;
    public static final int COMPLETION_TOKENS = 7;

    private final FakeHttpServer server;
    private final ReplyScript script = new ReplyScript();
    private final RequestLog log = new RequestLog();
    private volatile Duration latency = Duration.ZERO;

    private FakeOpenAiProvider(int port) throws IOException {
        server = new FakeHttpServer(port, 4096, "/v1/chat/completions", this::answer);
    }

    /** Starts on a free port. */
    public static FakeOpenAiProvider start() throws IOException {
        return new FakeOpenAiProvider(0);
    }

    public static FakeOpenAiProvider start(int port) throws IOException {
        return new FakeOpenAiProvider(port);
    }

    /** The OpenAI base URL, ending in {@code /v1}. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** The next unscripted request gets {@code reply}. */
    public FakeOpenAiProvider then(Reply reply) {
        script.add(reply);
        return this;
    }

    public FakeOpenAiProvider otherwise(Reply reply) {
        return otherwiseFor(request -> reply);
    }

    /** Answers every request not scripted with a reply of {@code replies}, asked anew each time. */
    public FakeOpenAiProvider otherwise(Supplier<Reply> replies) {
        return otherwiseFor(request -> replies.get());
    }

    /** Answers every request not scripted with the reply {@code replies} gives for it. */
    public FakeOpenAiProvider otherwiseFor(Function<Request, Reply> replies) {
        script.otherwise(replies);
        return this;
    }

    /** Waits {@code wait} before every answer, on top of a reply's own delay. */
    public FakeOpenAiProvider latency(Duration wait) {
        latency = wait;
        return this;
    }

    /** Answers a random share of requests with 429 (no {@code Retry-After}) and another share with 500. */
    public FakeOpenAiProvider randomFaults(double rateLimitedShare, double serverErrorShare) {
        script.faults(new RandomFaults(rateLimitedShare, serverErrorShare));
        return this;
    }

    /** Answers 401 {@code invalid_api_key} to a request whose bearer key is not {@code key}. */
    public FakeOpenAiProvider requireKey(String key) {
        script.requireKey(key);
        return this;
    }

    /** The only bearer key accepted ({@link #requireKey}), or {@code null} when any key is. */
    public String acceptedKey() {
        return script.requiredKey();
    }

    /** Keeps no request (for long load runs: memory stays flat); {@link #answered()} still counts them. */
    public FakeOpenAiProvider withoutRecording() {
        log.stopRecording();
        return this;
    }

    /** How many requests were answered (counted as their answer starts, so never after the caller has it). */
    public long answered() {
        return log.answered();
    }

    public List<Request> requests() {
        return log.requests();
    }

    /** How many requests had a first message containing {@code text}. */
    public long requestsContaining(String text) {
        return log.containing(text);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Request request = Request.read(exchange.getRequestHeaders().getFirst("Authorization"), body);
            log.arrived(request);
            Reply reply = script.choose(request);
            Thread.sleep(latency.plus(reply.delay()));
            log.answering(request, reply.status());
            FakeHttpServer.send(exchange, reply.status(), reply.body(), reply.headers());
            request.written();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException callerGone) {
            // the caller gave up or was killed: nothing to answer
        }
    }

    @Override
    public void close() {
        server.close();
    }
}

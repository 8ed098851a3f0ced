package dev.dakora.bench;

import java.time.Duration;

import dev.dakora.testsupport.Reply;

/**
 * An OpenAI-compatible chat completions endpoint on 127.0.0.1 for the pipeline benchmarks (the tests' fake,
 * {@link dev.dakora.testsupport.FakeOpenAiProvider}, keeping no request): every request is answered after a
 * fixed latency with a short completion and fixed usage (12 tokens in, 7 out). Any bearer key is accepted.
 * Runs until killed; prints the number of requests served every 10 s.
 *
 * <p>Arguments: {@code <port> [latency ms, default 200]}.
 */
public final class FakeOpenAiProvider {

    private FakeOpenAiProvider() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Duration latency = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 200);
        var provider = dev.dakora.testsupport.FakeOpenAiProvider.start(port).withoutRecording().latency(latency)
                .otherwise(Reply.ok("bench", "a benchmark answer", 12, 7));
        System.out.println("fake provider on " + provider.baseUrl() + ", latency " + latency.toMillis() + " ms");
        while (true) {
            Thread.sleep(10_000);
            System.out.println("fake provider: " + provider.answered() + " requests served");
        }
    }
}

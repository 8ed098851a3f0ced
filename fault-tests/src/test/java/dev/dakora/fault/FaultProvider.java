package dev.dakora.fault;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dakora.testsupport.FakeOpenAiProvider;
import dev.dakora.testsupport.Reply;
import dev.dakora.testsupport.Request;

/**
 * The shared fake provider ({@link FakeOpenAiProvider}) set up for the fault scenarios: it answers after a fixed
 * latency, refuses a share of requests with 429 and another with 500, and answers a judge prompt (the built-in
 * judge template) with a deterministic verdict. Adds the audits' view of its requests: per (model, prompt), per
 * call (a prompt being unique per batch row), and per judged call.
 */
final class FaultProvider implements AutoCloseable {

    private static final Pattern ROW = Pattern.compile(" row r(\\d+):");
    /** A judge prompt (the built-in judge template): the graded answer names its model, the inputs its row. */
    private static final Pattern JUDGED = Pattern.compile("(?s)^You are grading.*\n- row: r(\\d+)\n.*<answer>\nanswer from (\\S+)\n</answer>");

    private final FakeOpenAiProvider provider;
    private final Duration latency;
    private final double errorRate;

    FaultProvider(Duration latency, double rateLimited, double failing) throws IOException {
        this.provider = FakeOpenAiProvider.start().latency(latency).randomFaults(rateLimited, failing)
                .otherwiseFor(FaultProvider::reply);
        this.latency = latency;
        this.errorRate = rateLimited + failing;
    }

    /** {@code answer from <model>}, or to a judge prompt its verdict as the judge template asks for it. */
    private static Reply reply(Request request) {
        Matcher judged = JUDGED.matcher(request.prompt());
        if (!judged.find()) {
            return Reply.answerFrom(request.model());
        }
        String verdict = "{\\\"score\\\": " + verdict(Integer.parseInt(judged.group(1))) + ", \\\"reason\\\": \\\"row r"
                + judged.group(1) + "\\\"}";
        return Reply.ok(request.model(), verdict, FakeOpenAiProvider.PROMPT_TOKENS, FakeOpenAiProvider.COMPLETION_TOKENS);
    }

    /**
     * The judge's deterministic verdict on a row: every third row (0, 3, 6, ...) scores 0.2 (below the default
     * threshold), the others 0.9.
     */
    static double verdict(int row) {
        return row % 3 == 0 ? 0.2 : 0.9;
    }

    String baseUrl() {
        return provider.baseUrl();
    }

    /** Requests received whose model or prompt contains {@code marker}. */
    long requestsContaining(String marker) {
        return perModelAndPrompt(marker).values().stream().mapToLong(List::size).sum();
    }

    /**
     * Requests received per call of the prompts containing {@code marker} (judge prompts left out), keyed by
     * {@link #callKey}: the model id as the provider sees it (without {@code provider/}) and the row the prompt
     * names.
     */
    Map<String, List<Request>> requestsPerCall(String marker) {
        Map<String, List<Request>> perCall = new HashMap<>();
        for (Request request : provider.requests()) {
            Matcher row = ROW.matcher(request.prompt());
            if (key(request).contains(marker) && row.find() && !JUDGED.matcher(request.prompt()).find()) {
                perCall.computeIfAbsent(callKey(request.model(), Integer.parseInt(row.group(1))), any -> new ArrayList<>())
                        .add(request);
            }
        }
        return perCall;
    }

    /**
     * Requests received per judge call of the prompts containing {@code marker}, keyed by {@link #callKey} of
     * the call it grades: the graded model (as the provider saw it) and the row.
     */
    Map<String, List<Request>> judgeRequestsPerCall(String marker) {
        Map<String, List<Request>> perCall = new HashMap<>();
        for (Request request : provider.requests()) {
            Matcher judged = JUDGED.matcher(request.prompt());
            if (key(request).contains(marker) && judged.find()) {
                perCall.computeIfAbsent(callKey(judged.group(2), Integer.parseInt(judged.group(1))), any -> new ArrayList<>())
                        .add(request);
            }
        }
        return perCall;
    }

    static String callKey(String model, int row) {
        return model.substring(model.indexOf('/') + 1) + " row " + row;
    }

    double errorRate() {
        return errorRate;
    }

    Duration latency() {
        return latency;
    }

    /** The largest number of requests received for one (model, prompt) whose prompt contains {@code marker}. */
    long mostRequestsForOneCall(String marker) {
        return perModelAndPrompt(marker).values().stream().mapToLong(List::size).max().orElse(0);
    }

    private Map<String, List<Request>> perModelAndPrompt(String marker) {
        Map<String, List<Request>> grouped = new HashMap<>();
        provider.requests().stream().filter(request -> key(request).contains(marker))
                .forEach(request -> grouped.computeIfAbsent(key(request), any -> new ArrayList<>()).add(request));
        return grouped;
    }

    private static String key(Request request) {
        return request.model() + "\n" + request.prompt();
    }

    @Override
    public void close() {
        provider.close();
    }
}

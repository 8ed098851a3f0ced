import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The training workload of {@code ./dakora aot-cache}: what a standalone serves in its first minutes, so
 * that the JVM records the classes it loads and the methods it profiles into the AOT cache. Against a
 * running standalone on a fresh data directory: template CRUD, versions and labels, renders (and a
 * rejected one), synchronous compares on {@code echo} from two clients, then a small batch on two echo
 * models read back as JSON and CSV, executions and stats. Uses only the JDK, run as a source file:
 * {@code java AotTraining.java <base url> [compares]}. Exits non-zero on any unexpected answer.
 */
public final class AotTraining {

    private static final String ID = "aot-training";
    private static final Pattern BATCH_ID = Pattern.compile("\"batch_id\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private AotTraining() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int compares = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        templates(base);
        for (int i = 0; i < 300; i++) {
            expect(post(base + "/api/templates/" + ID + "/render", "application/json",
                    "{\"inputs\": {\"name\": \"user-" + i + "\", \"items\": [\"a\", \"b\", \"c\"]}}"), 200);
        }
        expect(post(base + "/api/templates/" + ID + "/render", "application/json", "{\"inputs\": {}}"), 422);
        compares(base, compares);
        batch(base);
        expect(get(base + "/api/executions?model=echo&limit=20"), 200);
        expect(get(base + "/api/stats?group_by=model"), 200);
        System.out.println("Training workload done: " + compares + " compares, 300 renders, one batch");
    }

    private static void templates(String base) throws Exception {
        expect(post(base + "/api/templates", "application/json", """
                {"id": "%s", "template": "Hello {{ name | title }}!\\n{%% for item in items %%}- {{ loop.index }}. {{ item | upper }}\\n{%% endfor %%}",
                 "inputs": {"name": {"type": "string"}, "items": {"type": "array<string>", "required": false, "default": []}}}
                """.formatted(ID)), 201);
        expect(send(HttpRequest.newBuilder(URI.create(base + "/api/templates/" + ID)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"template\": \"Hi {{ name }}! {{ items | join(', ') }}\"}"))), 200);
        expect(send(HttpRequest.newBuilder(URI.create(base + "/api/templates/" + ID + "/labels/production"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"version\": \"1.0.0\"}"))), 200);
        expect(get(base + "/api/templates"), 200);
        expect(get(base + "/api/templates/" + ID), 200);
        expect(get(base + "/api/templates/" + ID + "/versions"), 200);
        expect(get(base + "/api/templates/missing-" + ID), 404);
        expect(post(base + "/api/templates/" + ID + "/render?label=production", "application/json",
                "{\"inputs\": {\"name\": \"ada\"}}"), 200);
    }

    private static void compares(String base, int compares) throws Exception {
        List<Future<?>> clients = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int client = 0; client < 2; client++) {
                int first = client;
                clients.add(pool.submit(() -> {
                    for (int i = first; i < compares; i += 2) {
                        String models = i % 10 == 0 ? "[\"echo\", \"echo/b\"]" : "[\"echo\"]";
                        expect(post(base + "/api/templates/" + ID + "/compare", "application/json",
                                "{\"inputs\": {\"name\": \"row-" + i + "\", \"items\": [\"x\"]}, \"models\": " + models + "}"), 200);
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        }
    }

    private static void batch(String base) throws Exception {
        StringBuilder csv = new StringBuilder("name\n");
        for (int i = 0; i < 200; i++) {
            csv.append("row-").append(i).append('\n');
        }
        String query = "/api/batches?template_id=" + ID + "&models=echo,echo/b&name=aot-training";
        expect(post(base + query.replace("?", "?dry_run=true&"), "text/csv", csv.toString()), 200);
        String accepted = expect(post(base + query, "text/csv", csv.toString()), 202);
        Matcher id = BATCH_ID.matcher(accepted);
        if (!id.find()) {
            throw new IllegalStateException("No batch_id in " + accepted);
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!get(base + "/api/batches/" + id.group(1)).body().contains("\"completed\"")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The training batch did not complete in 5 minutes");
            }
            Thread.sleep(200);
        }
        expect(get(base + "/api/batches/" + id.group(1) + "/results"), 200);
        expect(get(base + "/api/batches/" + id.group(1) + "/results?format=csv"), 200);
        expect(get(base + "/api/batches?template_id=" + ID + "&limit=20"), 200);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static HttpResponse<String> post(String url, String type, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri()
                    + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}

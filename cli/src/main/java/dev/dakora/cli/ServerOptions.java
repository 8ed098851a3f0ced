package dev.dakora.cli;

import picocli.CommandLine.Option;

import java.util.Optional;

/** Where the server is and how to talk to it: options first, then environment variables, then {@code .env}. */
final class ServerOptions {

    static final String DEFAULT_URL = "http://localhost:54321";

    @Option(names = "--url", paramLabel = "URL", description = "Server URL (else DAKORA_URL, else .env, else " + DEFAULT_URL + ").")
    String url;

    @Option(names = "--api-key", paramLabel = "KEY", description = "API key (else DAKORA_API_KEY, else .env).")
    String apiKey;

    @Option(names = "--json", description = "Print the server's JSON instead of a table.")
    boolean json;

    ApiClient client(CliContext context) {
        String base = Optional.ofNullable(url).or(() -> context.setting("DAKORA_URL")).orElse(DEFAULT_URL);
        Optional<String> key = Optional.ofNullable(apiKey).or(() -> context.setting("DAKORA_API_KEY"))
                .or(() -> context.setting("DAKORA_ADMIN_KEY"));
        return new ApiClient(base, key);
    }
}

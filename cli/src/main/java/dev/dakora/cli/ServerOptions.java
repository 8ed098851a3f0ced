package dev.dakora.cli;

import dev.dakora.client.Dakora;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.Optional;

/** Where the server is and how to talk to it: options first, then environment variables, then {@code .env}. */
final class ServerOptions {

    static final String DEFAULT_URL = Dakora.DEFAULT_URL;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(150);

    @Option(names = "--url", paramLabel = "URL", description = "Server URL (else DAKORA_URL, else .env, else " + DEFAULT_URL + ").")
    String url;

    @Option(names = "--api-key", paramLabel = "KEY", description = "API key (else DAKORA_API_KEY, else .env).")
    String apiKey;

    @Option(names = "--json", description = "Print the server's JSON instead of a table.")
    boolean json;

    String baseUrl(CliContext context) {
        String base = Optional.ofNullable(url).or(() -> context.setting("DAKORA_URL")).orElse(DEFAULT_URL);
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    Optional<String> key(CliContext context) {
        return Optional.ofNullable(apiKey).or(() -> context.setting("DAKORA_API_KEY")).or(() -> context.setting("DAKORA_ADMIN_KEY"));
    }

    Dakora client(CliContext context) {
        String base = baseUrl(context);
        try {
            return Dakora.builder().url(base).apiKey(key(context).orElse(null))
                    .connectTimeout(CONNECT_TIMEOUT).timeout(REQUEST_TIMEOUT).build();
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, "Not a valid server URL: " + base + " (expected e.g. http://localhost:54321)");
        }
    }
}

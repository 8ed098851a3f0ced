package dev.dakora.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;

/**
 * The client of one Dakora server, as the reference SDK's {@code Dakora(url, api_key)}:
 * {@code Dakora.builder().url("http://localhost:54321").apiKey("dk_...").build()}, then
 * {@link #prompts()}, {@link #jobs()}, {@link #batches()}, {@link #events()}, {@link #keys()}, {@link #datasets()} and {@link #experiments()}.
 * Thread-safe; share one instance and close it when the app stops.
 */
public final class Dakora implements AutoCloseable {

    public static final String DEFAULT_URL = "http://localhost:54321";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** A synchronous compare waits for every model: the server gives it up to 125 s. */
    public static final Duration COMPARE_TIMEOUT = Duration.ofSeconds(130);

    private final HttpClient http;
    private final Prompts prompts;
    private final Jobs jobs;
    private final Batches batches;
    private final Events events;
    private final Keys keys;
    private final Datasets datasets;
    private final Experiments experiments;

    private Dakora(Builder builder) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(builder.connectTimeout == null ? builder.timeout : builder.connectTimeout).build();
        Transport transport = new Transport(http, builder.url, builder.apiKey, builder.timeout);
        Duration compareTimeout = builder.timeout.compareTo(COMPARE_TIMEOUT) > 0 ? builder.timeout : COMPARE_TIMEOUT;
        Transport comparing = new Transport(http, builder.url, builder.apiKey, compareTimeout);
        this.prompts = new Prompts(transport, comparing, builder.cache);
        this.jobs = new Jobs(transport);
        this.batches = new Batches(transport);
        this.events = new Events(transport);
        this.keys = new Keys(transport);
        this.datasets = new Datasets(transport);
        this.experiments = new Experiments(transport);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Prompts prompts() {
        return prompts;
    }

    public Jobs jobs() {
        return jobs;
    }

    public Batches batches() {
        return batches;
    }

    public Events events() {
        return events;
    }

    public Keys keys() {
        return keys;
    }

    public Datasets datasets() {
        return datasets;
    }

    public Experiments experiments() {
        return experiments;
    }

    @Override
    public void close() {
        http.close();
    }

    /** Settings of a {@link Dakora} client; only {@link #url} has no default. */
    public static final class Builder {

        private URI url = URI.create(DEFAULT_URL);
        private String apiKey;
        private Duration timeout = DEFAULT_TIMEOUT;
        private Duration connectTimeout;
        private CacheOptions cache;

        private Builder() {
        }

        /** The server, such as {@code http://localhost:54321} (the default). */
        public Builder url(String value) {
            Objects.requireNonNull(value, "url");
            URI uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
                throw new IllegalArgumentException("the Dakora URL must start with http:// or https://: " + value);
            }
            this.url = uri;
            return this;
        }

        /** The API key ({@code dk_...}), sent as {@code X-API-Key}; none when the server does not require one. */
        public Builder apiKey(String value) {
            this.apiKey = value == null || value.isBlank() ? null : value;
            return this;
        }

        /** Connect and answer timeout of each request (default 30 s); a synchronous compare gets at least 130 s. */
        public Builder timeout(Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("the timeout must be positive: " + value);
            }
            this.timeout = value;
            return this;
        }

        /** How long to wait for a connection to the server (default: the {@link #timeout}). */
        public Builder connectTimeout(Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("the connect timeout must be positive: " + value);
            }
            this.connectTimeout = value;
            return this;
        }

        /** Caches templates read by {@code prompts().get} (see {@link CacheOptions}); off unless set. */
        public Builder templateCache(CacheOptions value) {
            this.cache = value;
            return this;
        }

        public Dakora build() {
            return new Dakora(this);
        }
    }
}

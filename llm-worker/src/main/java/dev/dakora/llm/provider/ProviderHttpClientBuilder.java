package dev.dakora.llm.provider;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;

import java.time.Clock;
import java.time.Duration;

/** Hands langchain4j a {@link ProviderHttpClient} over the shared JDK client. */
final class ProviderHttpClientBuilder implements HttpClientBuilder {

    private final java.net.http.HttpClient shared;
    private final Clock clock;
    private Duration connectTimeout;
    private Duration readTimeout;

    ProviderHttpClientBuilder(java.net.http.HttpClient shared, Clock clock) {
        this.shared = shared;
        this.clock = clock;
    }

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = timeout;
        return this;
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public HttpClientBuilder readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return this;
    }

    @Override
    public HttpClient build() {
        return new ProviderHttpClient(shared, readTimeout, clock);
    }
}

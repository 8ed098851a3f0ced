package dev.dakora.llm.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Where the request and token limits of every LLM worker are kept, under {@code dakora.llm.shared-limits}.
 * Without a URL each worker keeps its own windows (right for one worker, as in the standalone).
 *
 * @param url      JDBC URL of a PostgreSQL database ({@code jdbc:postgresql://host:5432/dakora}); the
 *                 worker migrates its own schema there, {@code llm_limits}
 * @param username database user
 * @param password database password
 * @param poolSize connections to it per worker
 * @param margin   how long a request may take from its permit to the provider; each permit counts this much
 *                 longer than the window, so the provider's window never sees more than the limit
 * @param sendWithin the part of the margin a try may spend from its permit to the HTTP client (half the margin
 *                   unless set); a permit older than that at the send is given back and replaced
 */
@ConfigurationProperties("dakora.llm.shared-limits")
public record SharedLimitsProperties(String url, String username, String password, Integer poolSize,
                                     Duration margin, Duration sendWithin) {

    public SharedLimitsProperties {
        url = url == null || url.isBlank() ? null : url.strip();
        poolSize = poolSize == null ? 4 : poolSize;
        margin = margin == null ? Duration.ofSeconds(1) : margin;
        sendWithin = sendWithin == null ? margin.dividedBy(2) : sendWithin;
        if (poolSize < 1) {
            throw new IllegalArgumentException("dakora.llm.shared-limits: pool-size must be at least 1");
        }
        if (margin.isNegative()) {
            throw new IllegalArgumentException("dakora.llm.shared-limits: margin must not be negative");
        }
        if (sendWithin.isNegative() || sendWithin.compareTo(margin) > 0) {
            throw new IllegalArgumentException("dakora.llm.shared-limits: send-within must be between 0 and the margin");
        }
        if (url != null && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("dakora.llm.shared-limits: url must be a jdbc:postgresql: URL");
        }
    }

    public boolean shared() {
        return url != null;
    }

    @Override
    public String toString() {
        return "SharedLimitsProperties[shared=" + shared() + ", poolSize=" + poolSize + ", margin=" + margin
                + ", sendWithin=" + sendWithin + "]";
    }
}

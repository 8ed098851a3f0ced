package dev.dakora.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;

/**
 * Everything the gateway reads from {@code dakora.*}. Every field has a default, so an application
 * that embeds the gateway needs to set only what it changes.
 */
@ConfigurationProperties("dakora")
public record DakoraProperties(@DefaultValue Registry registry, @DefaultValue Render render,
                               @DefaultValue Http http, @DefaultValue Auth auth) {

    /** Where templates live: {@code local} (a directory) or {@code azure} (a blob container). */
    public record Registry(@DefaultValue("local") String type, @DefaultValue Local local, @DefaultValue Azure azure) {
    }

    public record Local(@DefaultValue("./prompts") String path) {
    }

    /** Either a connection string, or an account endpoint used with the default Azure credential. */
    public record Azure(String connectionString, String endpoint, @DefaultValue("prompts") String container,
                        @DefaultValue("") String prefix) {
    }

    /**
     * Sandbox limits of one render (a render that passes one fails with 422), how many renders run at
     * once, and how many parsed templates the renderer keeps.
     */
    public record Render(@DefaultValue("1048576") int maxOutputChars, @DefaultValue("100000") int maxLoopIterations,
                         @DefaultValue("50") int maxRecursionDepth, @DefaultValue("2s") Duration timeout,
                         @DefaultValue("64") int maxConcurrentRenders, @DefaultValue("1000") int cacheSize) {
    }

    /**
     * @param maxRequestBody       larger bodies answer 413
     * @param corsAllowedOrigins   origins allowed to call {@code /api/**} from a browser; none by default
     */
    public record Http(@DefaultValue("1MB") DataSize maxRequestBody, @DefaultValue List<String> corsAllowedOrigins) {
    }

    /**
     * @param required whether {@code /api/**} needs an API key ({@code DAKORA_AUTH_REQUIRED})
     * @param adminKey the key that manages keys ({@code DAKORA_ADMIN_KEY}); key management is off without it
     * @param lastUsedInterval how stale a key's {@code last_used_at} may get before it is written again
     */
    public record Auth(@DefaultValue("false") boolean required, String adminKey,
                       @DefaultValue("1m") Duration lastUsedInterval) {

        public boolean hasAdminKey() {
            return adminKey != null && !adminKey.isBlank();
        }

        @Override
        public String toString() {
            return "Auth[required=" + required + ", adminKey=" + (hasAdminKey() ? "(set)" : "(unset)") + "]";
        }
    }
}

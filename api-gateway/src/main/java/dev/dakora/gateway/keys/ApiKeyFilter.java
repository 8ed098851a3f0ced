package dev.dakora.gateway.keys;

import dev.dakora.gateway.config.DakoraProperties;
import dev.dakora.gateway.web.Clients;
import dev.dakora.gateway.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.Optional;

/**
 * Guards {@code /api/**} and {@code /ws/**} ({@code /ws/**} also takes the key as {@code ?api_key=}). Key management ({@code /api/keys}) always needs the admin
 * key; the other routes need any valid key when auth is required, except {@code GET /api/health}. A checked
 * key names the request's client ({@link Clients}) for the submission limits.
 */
public class ApiKeyFilter implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);
    static final String MISSING = "this route needs an API key: send it as 'X-API-Key: dk_...', 'apikey: dk_...' or 'Authorization: Bearer dk_...'";
    static final String INVALID = "the API key is not valid (unknown or revoked); send a current key";

    private final ApiKeyService keys;
    private final DakoraProperties.Auth auth;

    public ApiKeyFilter(ApiKeyService keys, DakoraProperties.Auth auth) {
        this.keys = keys;
        this.auth = auth;
        if (auth.required() && !auth.hasAdminKey()) {
            log.warn("API keys are required but DAKORA_ADMIN_KEY is not set: no key can be created, so only keys "
                    + "already in the database will be accepted");
        }
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = RoutePath.of(exchange.getRequest());
        boolean keyRoute = path.equals("/api/keys") || path.startsWith("/api/keys/");
        boolean guarded = path.startsWith("/api/") || path.startsWith("/ws/");
        if (!keyRoute && (!guarded || !auth.required() || isHealth(exchange, path))) {
            return chain.filter(exchange);
        }
        Optional<String> presented = PresentedKey.from(exchange.getRequest().getHeaders());
        if (presented.isEmpty() && path.startsWith("/ws/")) {
            // browsers cannot set headers on a WebSocket handshake
            presented = PresentedKey.fromQuery(exchange.getRequest().getQueryParams());
        }
        if (keyRoute && !auth.hasAdminKey()) {
            return Problems.write(exchange, HttpStatus.FORBIDDEN, "key management is disabled: the server has no admin key (set DAKORA_ADMIN_KEY)");
        }
        if (presented.isEmpty()) {
            return unauthorized(exchange, MISSING);
        }
        if (auth.hasAdminKey() && KeyMaterial.sameSecret(presented.get(), auth.adminKey())) {
            Clients.set(exchange, Clients.ADMIN);
            return chain.filter(exchange);
        }
        return keys.verify(presented.get())
                .map(key -> {
                    Clients.set(exchange, "key:" + key.id());
                    return Check.VALID;
                })
                .defaultIfEmpty(Check.INVALID)
                .onErrorResume(e -> {
                    log.warn("API key check failed: {}", e.toString());
                    return Mono.just(Check.UNAVAILABLE);
                })
                .flatMap(check -> switch (check) {
                    case INVALID -> unauthorized(exchange, INVALID);
                    case UNAVAILABLE -> Problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                            "API keys cannot be checked right now: the database is unavailable; retry later");
                    case VALID -> keyRoute
                            ? Problems.write(exchange, HttpStatus.FORBIDDEN, "managing API keys needs the admin key (DAKORA_ADMIN_KEY); this key is an ordinary one")
                            : chain.filter(exchange);
                });
    }

    private enum Check { VALID, INVALID, UNAVAILABLE }

    private static boolean isHealth(ServerWebExchange exchange, String path) {
        return HttpMethod.GET.equals(exchange.getRequest().getMethod()) && path.equals("/api/health");
    }

    private static Mono<Void> unauthorized(ServerWebExchange exchange, String detail) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return Problems.write(exchange, HttpStatus.UNAUTHORIZED, detail);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}

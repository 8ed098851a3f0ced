package dev.dakora.studio;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Serves {@code index.html} for GET and HEAD requests to the Studio's client-side routes by rewriting
 * the path before the static resource handler sees it. The page itself is never cached, so a new
 * build shows at once; the hashed files under {@code /assets/} are cached for a year.
 */
final class ClientRouteFilter implements WebFilter {

    static final String INDEX = "/index.html";
    private static final String NO_CACHE = "no-cache";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpMethod method = exchange.getRequest().getMethod();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return chain.filter(exchange);
        }
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (path.startsWith("/assets/")) {
            exchange.getResponse().getHeaders().set(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
            return chain.filter(exchange);
        }
        if (path.equals("/") || path.equals(INDEX)) {
            exchange.getResponse().getHeaders().set(HttpHeaders.CACHE_CONTROL, NO_CACHE);
            return chain.filter(exchange);
        }
        if (!ClientRoutes.isClientRoute(path)) {
            return chain.filter(exchange);
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.CACHE_CONTROL, NO_CACHE);
        ServerWebExchange rewritten = exchange.mutate().request(request -> request.path(INDEX)).build();
        return chain.filter(rewritten);
    }
}

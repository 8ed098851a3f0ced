package dev.dakora.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a body whose declared {@code Content-Length} is over the limit before reading any of it.
 * A body sent without a length (chunked) is stopped by the codecs' in-memory limit, set to the same size.
 */
public class RequestBodyLimitFilter implements WebFilter, Ordered {

    static final String DETAIL = "the request body is larger than this server accepts; send a smaller body";

    private final long maxBytes;

    public RequestBodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length > maxBytes) {
            return Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, DETAIL + " (at most " + maxBytes + " bytes)");
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}

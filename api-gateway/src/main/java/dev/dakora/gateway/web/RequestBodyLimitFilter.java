package dev.dakora.gateway.web;

import dev.dakora.gateway.keys.RoutePath;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Refuses a body whose declared {@code Content-Length} is over the limit before reading any of it, and
 * stops one sent without a length (chunked) as soon as it passes the limit. Batch submissions
 * ({@code POST /api/batches}) have a larger limit of their own.
 */
public class RequestBodyLimitFilter implements WebFilter, Ordered {

    static final String DETAIL = "the request body is larger than this server accepts; send a smaller body";

    private final long maxBytes;
    private final long maxBatchBytes;

    public RequestBodyLimitFilter(long maxBytes, long maxBatchBytes) {
        this.maxBytes = maxBytes;
        this.maxBatchBytes = maxBatchBytes;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        boolean batch = HttpMethod.POST.equals(request.getMethod())
                && RoutePath.of(request).equals("/api/batches");
        long max = batch ? maxBatchBytes : maxBytes;
        String detail = batch
                ? "a batch body may be at most " + max + " bytes (dakora.http.max-batch-body); split the rows into several batches"
                : DETAIL + " (at most " + max + " bytes)";
        if (request.getHeaders().getContentLength() > max) {
            return Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, detail);
        }
        return chain.filter(exchange.mutate().request(new Limited(request, max, detail)).build());
    }

    /** Counts the bytes of the body as they are read and fails the read past the limit. */
    private static final class Limited extends ServerHttpRequestDecorator {

        private final long max;
        private final String detail;

        Limited(ServerHttpRequest request, long max, String detail) {
            super(request);
            this.max = max;
            this.detail = detail;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong read = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (read.addAndGet(buffer.readableByteCount()) > max) {
                    org.springframework.core.io.buffer.DataBufferUtils.release(buffer);
                    sink.error(new BodyTooLargeException(detail));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}

package dev.dakora.gateway.web;

import dev.dakora.gateway.domain.SubmissionGuard;
import dev.dakora.gateway.domain.TooManyRequestsException;
import dev.dakora.gateway.keys.RoutePath;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * Refuses a submission (job, batch, compare) before its body is read when its client has no row left
 * (429), and lets only a few batch uploads be read and parsed at once, so that their bodies cannot fill
 * the heap together (429 for the others). Runs after the key filter, which names the client.
 */
public class SubmissionLimitFilter implements WebFilter, Ordered {

    private final SubmissionGuard guard;
    private final Semaphore batchSlots;
    private final int maxConcurrentBatches;
    private final Duration busyRetryAfter;

    public SubmissionLimitFilter(SubmissionGuard guard, int maxConcurrentBatches, Duration busyRetryAfter) {
        this.guard = guard;
        this.batchSlots = new Semaphore(maxConcurrentBatches);
        this.maxConcurrentBatches = maxConcurrentBatches;
        this.busyRetryAfter = busyRetryAfter;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!HttpMethod.POST.equals(exchange.getRequest().getMethod())) {
            return chain.filter(exchange);
        }
        String path = RoutePath.of(exchange.getRequest());
        boolean batch = path.equals("/api/batches");
        if (!batch && !path.equals("/api/jobs") && !path.equals("/api/experiments")
                && !(path.startsWith("/api/templates/") && path.endsWith("/compare"))) {
            return chain.filter(exchange);
        }
        Optional<TooManyRequestsException> overRate = guard.precheck(Clients.of(exchange));
        if (overRate.isPresent()) {
            return refuse(exchange, overRate.get());
        }
        if (!batch) {
            return chain.filter(exchange);
        }
        if (!batchSlots.tryAcquire()) {
            return refuse(exchange, new TooManyRequestsException("the gateway is already reading " + maxConcurrentBatches
                    + " batch uploads, the most it reads at once (dakora.limits.max-concurrent-batches); nothing was "
                    + "accepted, retry later", busyRetryAfter));
        }
        return Mono.defer(() -> chain.filter(exchange)).doFinally(signal -> batchSlots.release());
    }

    private static Mono<Void> refuse(ServerWebExchange exchange, TooManyRequestsException e) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 30;
    }
}

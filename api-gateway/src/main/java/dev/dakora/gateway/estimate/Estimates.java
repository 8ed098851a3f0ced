package dev.dakora.gateway.estimate;

import dev.dakora.common.event.JobType;
import dev.dakora.gateway.domain.BatchRequest;
import dev.dakora.gateway.domain.BatchSubmissions;
import dev.dakora.gateway.domain.JobRequest;
import dev.dakora.gateway.domain.TemplateCatalog;
import dev.dakora.gateway.web.InvalidRequestException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.util.List;

/**
 * Estimates batches and jobs from their parsed requests: the template the submission would run, its
 * rows checked by the same input spec (422 as a submission would answer), then {@link CostEstimator}
 * on the render scheduler.
 */
public class Estimates {

    private final TemplateCatalog catalog;
    private final CostEstimator estimator;
    private final Scheduler renderScheduler;

    public Estimates(TemplateCatalog catalog, CostEstimator estimator, Scheduler renderScheduler) {
        this.catalog = catalog;
        this.estimator = estimator;
        this.renderScheduler = renderScheduler;
    }

    public Mono<Estimate> batch(BatchRequest request) {
        return catalog.find(request.templateId(), request.version(), request.label()).publishOn(renderScheduler)
                .map(spec -> estimator.estimate(spec, BatchSubmissions.coerceRows(spec, request.rows()),
                        request.models(), request.params()));
    }

    /** A render job calls no model: its estimate has no models and costs nothing. */
    public Mono<Estimate> job(JobRequest request) {
        List<String> models = request.type() == JobType.COMPARE ? request.models() : List.of();
        return request.template(catalog).publishOn(renderScheduler)
                .map(spec -> estimator.estimate(spec, List.of(spec.coerceInputs(request.inputs())), models, request.params()));
    }

    /** {@code ?estimate=true} (or a bare {@code ?estimate}); anything but true or false is a 400. */
    public static boolean requested(ServerWebExchange exchange) {
        String value = exchange.getRequest().getQueryParams().getFirst("estimate");
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.isEmpty() || value.equalsIgnoreCase("true")) {
            return true;
        }
        throw InvalidRequestException.of("estimate", "must be true or false");
    }
}

package dev.dakora.gateway.web;

import dev.dakora.common.event.CallLane;
import dev.dakora.common.model.BatchDiscounts;
import dev.dakora.common.model.ModelName;
import dev.dakora.gateway.domain.BatchRequest;
import dev.dakora.gateway.estimate.Estimate;
import dev.dakora.gateway.estimate.ModelEstimate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lane of a batch submission: {@code params.lane} (or {@code ?lane=}, or an upload's {@code lane} form field) {@code online},
 * {@code batch} or {@code auto}. {@code auto}, and a batch that names no lane, take the batch lane when the
 * batch has more calls than {@code dakora.lane.auto-above-calls} (0, the default: never). The lane chosen is
 * written into the batch's params, so every call carries it to the LLM worker. Only batches choose: jobs
 * and comparisons are waited on, and run online.
 */
@Component
final class BatchLanes {

    private static final String COMPLETION_WINDOW = "24h";

    private final long autoAboveCalls;
    private final BatchDiscounts discounts = BatchDiscounts.shipped();

    BatchLanes(@Value("${dakora.lane.auto-above-calls:0}") long autoAboveCalls) {
        if (autoAboveCalls < 0) {
            throw new IllegalArgumentException("dakora.lane.auto-above-calls must not be negative");
        }
        this.autoAboveCalls = autoAboveCalls;
    }

    BatchBodies.Read resolve(BatchBodies.Read read, ServerWebExchange exchange) {
        BatchRequest request = read.request();
        String upload = uploadLane(exchange.getRequest().getQueryParams().getFirst(CallLane.KEY), read.formLane());
        Object asked = upload != null ? upload : request.params().extra().get(CallLane.KEY);
        String field = upload != null ? CallLane.KEY : "params." + CallLane.KEY;
        CallLane.problem(asked).ifPresent(problem -> {
            throw InvalidRequestException.of(field, problem);
        });
        String lane = lane(asked == null ? null : asked.toString().strip().toLowerCase(Locale.ROOT),
                (long) request.rows().size() * Math.max(1, request.models().size()));
        if (lane == null) {
            return read;
        }
        return new BatchBodies.Read(new BatchRequest(request.templateId(), request.version(), request.label(),
                request.models(), request.rows(), CallLane.with(request.params(), lane), request.name()), read.source());
    }

    /** The lane of the {@code ?lane=} query parameter or the multipart form field; both given must name the same. */
    private static String uploadLane(String query, String form) {
        if (query != null && form != null && !query.strip().equalsIgnoreCase(form.strip())) {
            throw InvalidRequestException.of(CallLane.KEY, "differs between the query parameter (" + query
                    + ") and the form field (" + form + "); give one lane");
        }
        return query != null ? query : form;
    }

    /** The lane a batch of {@code calls} takes; null when it names none and auto is off (online, as before). */
    String lane(String asked, long calls) {
        String value = asked != null ? asked : autoAboveCalls > 0 ? CallLane.AUTO : null;
        if (CallLane.AUTO.equals(value)) {
            return autoAboveCalls > 0 && calls > autoAboveCalls ? CallLane.BATCH : CallLane.ONLINE;
        }
        return value;
    }

    /** The estimate with its lane and what the batch lane saves on the models whose provider has one. */
    EstimateView withSaving(Estimate estimate, BatchRequest request) {
        String lane = CallLane.requested(request.params()).orElse(CallLane.ONLINE);
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        List<String> discounted = new ArrayList<>();
        for (ModelEstimate model : estimate.models()) {
            String id = model.model().contains("/") ? model.model().substring(model.model().indexOf('/') + 1) : model.model();
            var discount = discounts.discount(new ModelName(model.model(), model.provider(), id));
            if (model.priced() && discount.isPresent()) {
                discounted.add(model.model());
                low = low.add(model.costLow().multiply(discount.get()));
                high = high.add(model.costHigh().multiply(discount.get()));
            }
        }
        return EstimateView.of(estimate).withLane(lane, new EstimateView.BatchLane(lane, discounted, low, high,
                estimate.costLow().subtract(low), estimate.costHigh().subtract(high), COMPLETION_WINDOW));
    }
}

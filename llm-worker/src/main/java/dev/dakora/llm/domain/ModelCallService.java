package dev.dakora.llm.domain;

import dev.dakora.common.model.Cost;
import dev.dakora.common.model.ModelName;
import dev.dakora.common.model.PriceTable;
import dev.dakora.common.event.CallLane;
import dev.dakora.common.event.CallParams;
import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;

/**
 * The LLM worker's role in the pipeline: turns one {@link ModelCallRequested} into exactly one
 * {@link ModelCallCompleted}. Resolves the model name, drops calls of cancelled jobs, calls the model
 * through its limits and retries, and prices the answer. Never throws for a failed call: every problem
 * (unknown provider, missing key, bad request, exhausted retries) is a {@code failed} result.
 */
public final class ModelCallService {

    static final String UNKNOWN_PROVIDER = "unknown";

    private final ModelNames names;
    private final ModelCaller caller;
    private final PriceTable prices;
    private final Cancellations cancellations;
    private final Clock clock;
    private final ResponseCache cache;

    public ModelCallService(ModelNames names, ModelCaller caller, PriceTable prices,
                            Cancellations cancellations, Clock clock) {
        this(names, caller, prices, cancellations, clock, ResponseCache.off());
    }

    /** With {@code cache} answering calls that ask for it before any limit, permit or provider is involved. */
    public ModelCallService(ModelNames names, ModelCaller caller, PriceTable prices,
                            Cancellations cancellations, Clock clock, ResponseCache cache) {
        this.cache = cache;
        this.names = names;
        this.caller = caller;
        this.prices = prices;
        this.cancellations = cancellations;
        this.clock = clock;
    }

    public ModelCallCompleted handle(ModelCallRequested request) throws InterruptedException {
        return handle(request, SendGate.OPEN);
    }

    /**
     * As {@link #handle(ModelCallRequested)}, asking {@code gate} before each try is sent; a closed gate
     * ends the call unsent (attempts 0 if no try was sent before) and stops its waits for slots and permits.
     */
    public ModelCallCompleted handle(ModelCallRequested request, SendGate gate) throws InterruptedException {
        try {
            return call(request, gate);
        } catch (RuntimeException e) {
            return unsent(request, UNKNOWN_PROVIDER, CallStatus.FAILED, "internal error: " + e);
        }
    }

    private ModelCallCompleted call(ModelCallRequested request, SendGate gate) throws InterruptedException {
        CallParams params = CallLane.without(request.params());
        ModelName name;
        try {
            name = names.parse(request.model());
        } catch (ModelCallException e) {
            return unsent(request, UNKNOWN_PROVIDER, CallStatus.FAILED, e.getMessage());
        }
        if (cancellations.isCancelled(request.jobId())) {
            return unsent(request, name.provider(), CallStatus.CANCELLED, "cancelled");
        }
        Optional<ChatReply> hit = cache.find(name, request.prompt(), params);
        if (hit.isPresent()) {
            return cached(request, name, hit.get());
        }
        CallOutcome outcome = caller.call(name, request.prompt(), params,
                () -> cancellations.isCancelled(request.jobId()), gate);
        if (outcome.failure() != null) {
            CallStatus status = outcome.failure().kind() == FailureKind.CANCELLED ? CallStatus.CANCELLED : CallStatus.FAILED;
            return failed(request, name.provider(), status, outcome.failure().getMessage(), outcome);
        }
        ChatReply reply = outcome.reply();
        cache.store(name, request.prompt(), params, reply);
        Cost cost = prices.cost(name, reply.tokensIn(), reply.tokensOut());
        return new ModelCallCompleted(request.callId(), request.jobId(), request.batchId(), request.rowIndex(),
                request.templateId(), request.version(), request.model(), name.provider(), CallStatus.SUCCEEDED,
                reply.text(), reply.tokensIn(), reply.tokensOut(), cost.usd(), cost.priced(), outcome.latencyMs(),
                null, outcome.attempts(), request.inputs(), clock.instant(), request.prompt(), false, request.eval());
    }

    /** Answered from the cache: nothing was sent, so it costs nothing; the tokens are the original answer's. */
    private ModelCallCompleted cached(ModelCallRequested request, ModelName name, ChatReply reply) {
        return new ModelCallCompleted(request.callId(), request.jobId(), request.batchId(), request.rowIndex(),
                request.templateId(), request.version(), request.model(), name.provider(), CallStatus.SUCCEEDED,
                reply.text(), reply.tokensIn(), reply.tokensOut(), BigDecimal.ZERO, true, 0, null, 0, request.inputs(),
                clock.instant(), request.prompt(), true, request.eval());
    }

    private ModelCallCompleted unsent(ModelCallRequested request, String provider, CallStatus status, String error) {
        return failed(request, provider, status, error, new CallOutcome(null, null, 0, 0));
    }

    private ModelCallCompleted failed(ModelCallRequested request, String provider, CallStatus status, String error,
                                      CallOutcome outcome) {
        return new ModelCallCompleted(request.callId(), request.jobId(), request.batchId(), request.rowIndex(),
                request.templateId(), request.version(), request.model(), provider, status, null, 0, 0,
                BigDecimal.ZERO, true, outcome.latencyMs(), error, outcome.attempts(), request.inputs(),
                clock.instant(), request.prompt(), false, request.eval());
    }
}

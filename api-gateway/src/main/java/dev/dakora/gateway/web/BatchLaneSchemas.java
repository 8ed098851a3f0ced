package dev.dakora.gateway.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** The batch lane in the OpenAPI document: a batch's params and the lane and estimate query parameters. */
final class BatchLaneSchemas {

    static final String LANE = "online: each call sent at once; batch: through the providers' batch APIs (OpenAI, "
            + "Anthropic) at their discount, finished within 24 h; auto: batch above dakora.lane.auto-above-calls calls, "
            + "else online. Without one a batch runs online (auto when that setting is above 0).";
    static final String LANE_QUERY = "The batch's lane (wins over params.lane): " + LANE;
    static final String ESTIMATE_QUERY = "true: answer the cost estimate (and the batch lane's saving) and submit nothing";

    private BatchLaneSchemas() {
    }

    @Schema(name = "BatchParams", description = "temperature, max_tokens and top_p, checked; lane, how the calls reach "
            + "the providers; any other key passes through to the provider unchanged (open).")
    record Params(Double temperature, Integer maxTokens, Double topP,
                  @Schema(description = LANE, allowableValues = {"online", "batch", "auto"}) String lane) {
    }
}

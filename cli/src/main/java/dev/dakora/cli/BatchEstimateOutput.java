package dev.dakora.cli;

import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A batch estimate as text: one row per model, the totals at list price, and what the batch lane saves. */
final class BatchEstimateOutput {

    private BatchEstimateOutput() {
    }

    static void print(PrintWriter out, JsonNode estimate) {
        JsonNode totals = estimate.path("totals");
        out.printf("Estimate for %s %s: %s rows, %s calls, lane %s (nothing submitted)%n", Output.text(estimate.path("template_id")),
                Output.text(estimate.path("version")), Output.text(estimate.path("rows")), Output.text(totals.path("calls")),
                Output.text(estimate.path("lane")));
        List<List<String>> rows = new ArrayList<>();
        estimate.path("models").forEach(model -> rows.add(List.of(Output.text(model.path("model")),
                Output.text(model.path("calls")), Output.text(model.path("input_tokens")),
                Output.text(model.path("output_tokens_assumed")), cost(model))));
        Output.table(out, List.of("MODEL", "CALLS", "INPUT_TOKENS", "OUTPUT_TOKENS_ASSUMED", "COST_USD"), rows);
        out.printf("Total: %s (list price)%n", range(totals.path("cost_usd_low"), totals.path("cost_usd_high")));
        JsonNode lane = estimate.path("batch_lane");
        if (lane.isMissingNode() || lane.isNull()) {
            out.println("Batch lane: this server does not estimate it");
        } else if (lane.path("models").isEmpty()) {
            out.println("Batch lane: no saving (none of these models has a provider batch discount)");
        } else {
            List<String> models = new ArrayList<>();
            lane.path("models").forEach(model -> models.add(model.asString()));
            out.printf("Batch lane: saves %s on %s, costing %s; results may take up to %s%n",
                    range(lane.path("saving_usd_low"), lane.path("saving_usd_high")), String.join(", ", models),
                    range(lane.path("cost_usd_low"), lane.path("cost_usd_high")), Output.text(lane.path("completion_window")));
        }
        out.flush();
    }

    private static String cost(JsonNode model) {
        return model.path("priced").asBoolean() ? range(model.path("cost_usd_low"), model.path("cost_usd_high")) : "unpriced";
    }

    private static String range(JsonNode low, JsonNode high) {
        return "$" + usd(low) + " - $" + usd(high);
    }

    /** An amount in plain digits (never 7.5E-7). */
    private static String usd(JsonNode amount) {
        return amount.isNumber() ? amount.decimalValue().toPlainString() : Output.text(amount);
    }
}

package dev.dakora.cli;

import dev.dakora.client.CompareRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code dakora compare <id> --model a --model b --input k=v}: one answer per model, side by side. */
@Command(name = "compare", description = "Run a template on several models and compare the answers.")
final class CompareCommand extends ServerCommand {

    @Parameters(paramLabel = "ID", description = "The template id.")
    String id;

    @Option(names = {"-m", "--model", "--models"}, required = true, split = ",", paramLabel = "MODEL",
            description = "A model, e.g. openai/gpt-4o-mini (repeatable or comma-separated).")
    List<String> models;

    @Option(names = {"-i", "--input"}, paramLabel = "NAME=VALUE", description = "An input value (repeatable).")
    List<String> inputs;

    @Option(names = "--inputs-file", paramLabel = "FILE", description = "A JSON object of inputs.")
    Path inputsFile;

    @Option(names = "--temperature", description = "Sampling temperature.")
    Double temperature;

    @Option(names = "--max-tokens", description = "Most output tokens per call.")
    Integer maxTokens;

    @ArgGroup(exclusive = true)
    VersionSelector selector = new VersionSelector();

    CompareCommand(CliContext context) {
        super(context);
    }

    @Override
    void run() {
        CompareRequest request = CompareRequest.of(models, Inputs.of(inputs, inputsFile, context.workingDir()));
        if (temperature != null) {
            request = request.withTemperature(temperature);
        }
        if (maxTokens != null) {
            request = request.withMaxTokens(maxTokens);
        }
        JsonNode result = CliJson.tree(dakora().prompts().compare(id, selector.selector(), request));
        if (json()) {
            Output.json(out(), result);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode call : result.path("results")) {
            rows.add(List.of(Output.text(call.path("model")), Output.text(call.path("tokens_in")),
                    Output.text(call.path("tokens_out")), Output.text(call.path("cost_usd")),
                    Output.text(call.path("latency_ms")),
                    call.path("error").isNull() || call.path("error").isMissingNode()
                            ? Output.text(call.path("output")) : "ERROR: " + Output.text(call.path("error"))));
        }
        Output.table(out(), List.of("MODEL", "TOKENS_IN", "TOKENS_OUT", "COST_USD", "LATENCY_MS", "OUTPUT"), rows);
        out().printf("%s ok, %s failed, total cost $%s, slowest %s ms%n", Output.text(result.path("successful_count")),
                Output.text(result.path("failed_count")), Output.text(result.path("total_cost_usd")),
                Output.text(result.path("total_time_ms")));
    }
}

package dev.dakora.evaluation;

import dev.dakora.common.event.EventJson;
import dev.dakora.evaluation.assertion.AssertionParser;
import dev.dakora.evaluation.assertion.AssertionSuite;
import dev.dakora.evaluation.assertion.EvalInput;
import dev.dakora.evaluation.assertion.JudgeRequest;
import dev.dakora.evaluation.assertion.JudgeVerdict;
import dev.dakora.evaluation.dataset.Dataset;
import dev.dakora.evaluation.dataset.DatasetRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The records other roles send over Kafka and HTTP read back equal through common's event JSON. */
class WireFormatTest {

    @Test
    void eval_inputs_judge_requests_and_verdicts_round_trip_as_snake_case_json() {
        EvalInput input = new EvalInput("Paris", "Paris", Map.of("country", "France", "n", 2L), 120, new BigDecimal("0.0004"), null);
        String json = EventJson.writeString(input);
        assertThat(json).contains("\"latency_ms\":120", "\"cost_usd\":0.0004");
        assertThat(EventJson.read(json, EvalInput.class)).isEqualTo(input);

        AssertionSuite suite = AssertionSuite.compile(AssertionParser.parseAll(
                List.of(Map.of("type", "llm-judge", "rubric", "r", "model", "m", "label", "prod"))), null);
        JudgeRequest request = suite.judgeRequests(input).getFirst();
        String requestJson = EventJson.writeString(request);
        assertThat(requestJson).contains("\"assertion_index\":0", "\"label\":\"prod\"");
        assertThat(EventJson.read(requestJson, JudgeRequest.class)).isEqualTo(request);

        JudgeVerdict verdict = JudgeVerdict.scored(0.75, "good", new BigDecimal("0.0001"));
        assertThat(EventJson.read(EventJson.writeString(verdict), JudgeVerdict.class)).isEqualTo(verdict);
    }

    @Test
    void a_dataset_round_trips_with_its_row_numbers_and_lines() {
        Dataset dataset = new Dataset("qa", "2", List.of(new DatasetRow(1, 2, Map.of("q", "hi"), "hello", Map.of("k", "v"))));
        String json = EventJson.writeString(dataset);
        assertThat(json).contains("\"rows\":[{\"row\":1,\"line\":2,");
        assertThat(EventJson.read(json, Dataset.class)).isEqualTo(dataset);
    }
}

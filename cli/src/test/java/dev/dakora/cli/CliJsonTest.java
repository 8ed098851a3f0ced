package dev.dakora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dakora.client.Batch;
import dev.dakora.client.Job;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;

class CliJsonTest {

    @Test
    void should_name_fields_as_the_server_does_and_keep_null_ones() {
        // given
        Job job = new Job("j-1", "render", "completed", "greeting", "1.0.0", "2026-01-01T00:00:00Z", null, "Hi", null,
                null, null, null);

        // when
        JsonNode tree = CliJson.tree(job);

        // then
        assertThat(tree.get("job_id").asString()).isEqualTo("j-1");
        assertThat(tree.get("template_id").asString()).isEqualTo("greeting");
        assertThat(tree.has("error")).isTrue();
        assertThat(tree.get("error").isNull()).isTrue();
    }

    @Test
    void should_leave_out_helpers_that_are_not_fields_of_the_answer() {
        // given
        Job job = new Job("j-1", "render", "completed", null, null, null, null, null, null, null, null, null);

        // when
        JsonNode tree = CliJson.tree(job);

        // then
        assertThat(job.isFinal()).isTrue();
        assertThat(tree.has("final")).isFalse();
        assertThat(tree.has("is_final")).isFalse();
    }

    @Test
    void should_print_costs_as_the_server_wrote_them() {
        // given
        Batch batch = new Batch("b-1", null, "greeting", "running", 4, 1, 0, 8, 2, new BigDecimal("0.0012"), 10, 20,
                "2026-01-01T00:00:00Z", null);
        Batch free = new Batch("b-2", null, "greeting", "running", 1, 0, 0, 1, 0, new BigDecimal("0"), 0, 0, null, null);

        // then
        assertThat(Output.text(CliJson.tree(batch).get("total_cost_usd"))).isEqualTo("0.0012");
        assertThat(Output.text(CliJson.tree(free).get("total_cost_usd"))).isEqualTo("0");
    }
}

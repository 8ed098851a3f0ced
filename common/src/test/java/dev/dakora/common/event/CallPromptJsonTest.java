package dev.dakora.common.event;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallPromptJsonTest {

    @Test
    void should_carry_the_prompt_through_json_when_the_producer_sets_it() {
        // given
        ModelCallCompleted plain = SampleEvents.succeeded();
        ModelCallCompleted call = new ModelCallCompleted(plain.callId(), plain.jobId(), plain.batchId(), plain.rowIndex(),
                plain.templateId(), plain.version(), plain.model(), plain.provider(), plain.status(), plain.output(),
                plain.tokensIn(), plain.tokensOut(), plain.costUsd(), plain.priced(), plain.latencyMs(), plain.error(),
                plain.attempts(), plain.inputs(), plain.completedAt(), "Hello Alice, in full");

        // when
        ModelCallCompleted read = EventJson.read(EventJson.write(call), ModelCallCompleted.class);

        // then
        assertThat(EventJson.writeString(call)).contains("\"prompt\":\"Hello Alice, in full\"");
        assertThat(read).isEqualTo(call);
    }

    @Test
    void should_read_a_result_written_without_a_prompt_as_null() {
        // given: a result as a producer that does not know the field writes it
        String json = EventJson.writeString(SampleEvents.succeeded()).replace(",\"prompt\":null", "");

        // when
        ModelCallCompleted read = EventJson.read(json, ModelCallCompleted.class);

        // then
        assertThat(json).doesNotContain("prompt");
        assertThat(read.prompt()).isNull();
        assertThat(read).isEqualTo(SampleEvents.succeeded());
    }
}

package dev.dakora.evaluation.dataset;

import dev.dakora.common.template.InputSpec;
import dev.dakora.common.template.InputType;
import dev.dakora.common.template.TemplateSpec;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DatasetValidatorTest {

    private static final TemplateSpec TEMPLATE = template();

    private static TemplateSpec template() {
        Map<String, InputSpec> inputs = new LinkedHashMap<>();
        inputs.put("name", InputSpec.of(InputType.STRING));
        inputs.put("age", InputSpec.of(InputType.NUMBER));
        inputs.put("mood", new InputSpec(InputType.STRING, false, "calm", null));
        return new TemplateSpec("greet", null, null, "Hi {{ name }} ({{ age }}, {{ mood }})", inputs, null);
    }

    private static Dataset csv(String text) {
        return new DatasetParser(100, 10_000).parse("people", null, DatasetFormat.CSV, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rows_whose_cells_coerce_to_the_declared_types_pass() {
        assertThat(DatasetValidator.validate(csv("name,age\nAda,36\nBob,4.5\n"), TEMPLATE)).isEmpty();
    }

    @Test
    void rows_that_fail_the_input_spec_are_named_with_row_line_and_input() {
        Dataset dataset = csv("name,age,__expected\nAda,36,x\n,7,y\nCy,old,z\n");
        assertThat(DatasetValidator.validate(dataset, TEMPLATE))
                .extracting(RowError::row, RowError::line, RowError::field, RowError::message)
                .containsExactly(tuple(2, 3, "inputs.name", "is required"),
                        tuple(3, 4, "inputs.age", "expected a number, got 'old'"));
    }

    @Test
    void coercion_is_the_templates_own_so_json_rows_are_held_to_the_same_rules() {
        Dataset dataset = new DatasetParser(10, 10_000).parse("p", null, DatasetFormat.JSONL,
                "{\"inputs\": {\"name\": \"Ada\", \"age\": true}}\n{\"inputs\": {\"name\": 5, \"age\": 5}}".getBytes(StandardCharsets.UTF_8));
        assertThat(DatasetValidator.validate(dataset, TEMPLATE))
                .extracting(RowError::row, RowError::message)
                .containsExactly(tuple(1, "expected a number, got a boolean"));
    }
}

package dev.dakora.gateway.openapi;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaCoverageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void should_count_an_operation_with_referenced_request_and_response_schemas_as_covered() {
        // given
        JsonNode document = JSON.readTree("""
                {"paths":{"/a":{"post":{"requestBody":{"content":{"application/json":{"schema":{"$ref":"#/c/A"}}}},
                  "responses":{"201":{"content":{"application/json":{"schema":{"type":"array","items":{"$ref":"#/c/B"}}}}},
                               "4XX":{}}},
                  "delete":{"responses":{"204":{"description":"gone"}}}}}}""");

        // when
        SchemaCoverage coverage = SchemaCoverage.of(document, Set.of());

        // then
        assertThat(coverage.missing()).isEmpty();
        assertThat(coverage.covered()).isEqualTo(2);
    }

    @Test
    void should_name_operations_with_an_open_map_body_or_no_2xx_schema() {
        // given
        JsonNode document = JSON.readTree("""
                {"paths":{"/a":{"post":{"requestBody":{"content":{"application/json":{"schema":{"type":"object",
                  "additionalProperties":{}}}}},"responses":{"200":{"content":{"*/*":{"schema":{"$ref":"#/c/A"}}}}}},
                  "get":{"responses":{"200":{"content":{"*/*":{"schema":{"type":"object"}}}}}},
                  "put":{"responses":{"200":{"content":{"*/*":{"schema":{"type":"string"}}}}}}},
                  "/b/cancel":{"post":{"responses":{"202":{"content":{"*/*":{"schema":{"$ref":"#/c/C"}}}}}}}}}""");

        // when
        SchemaCoverage coverage = SchemaCoverage.of(document, Set.of("POST /b/cancel"));

        // then
        assertThat(coverage.missing()).containsExactlyInAnyOrder("POST /a: no request schema",
                "GET /a: no 2xx response schema", "PUT /a: no request schema");
        assertThat(coverage.covered()).isEqualTo(1);
    }

    @Test
    void should_name_an_operation_whose_4xx_answer_is_a_bare_object_and_pass_one_without_content() {
        // given
        JsonNode document = JSON.readTree("""
                {"paths":{"/a":{"get":{"responses":{"200":{"content":{"*/*":{"schema":{"$ref":"#/c/A"}}}},
                  "404":{"content":{"application/problem+json":{"schema":{"type":"object"}}}}}}},
                  "/b":{"get":{"responses":{"200":{"content":{"*/*":{"schema":{"$ref":"#/c/B"}}}},
                  "4XX":{"content":{"application/problem+json":{"schema":{"$ref":"#/c/Problem"}}}},"409":{"description":"no body"}}}}}}""");

        // when
        SchemaCoverage coverage = SchemaCoverage.of(document, Set.of());

        // then
        assertThat(coverage.missing()).containsExactly("GET /a: no 404 response schema");
        assertThat(coverage.covered()).isEqualTo(1);
    }
}

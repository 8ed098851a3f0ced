package dev.dakora.gateway.openapi;

import dev.dakora.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served OpenAPI document: every operation has its request, 2xx and 4xx response schemas, and the committed
 * snapshot {@code studio/openapi.json} (which the Studio generates its types from) is the served document.
 * {@code -Dopenapi.write=true} rewrites the snapshot instead of comparing it.
 */
class OpenApiContractTest extends GatewayTest {

    static final Path SNAPSHOT = Path.of("..", "studio", "openapi.json");
    private static final Set<String> BODILESS = Set.of("POST /api/jobs/{jobId}/cancel", "POST /api/batches/{batchId}/cancel",
            "POST /api/experiments/{experimentId}/cancel");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Test
    void should_give_every_operation_a_request_schema_and_typed_2xx_and_4xx_responses() {
        // given
        JsonNode document = served();

        // when
        SchemaCoverage coverage = SchemaCoverage.of(document, BODILESS);

        // then
        System.out.printf("OpenAPI schema coverage: %d of %d operations with full schemas%n", coverage.covered(),
                coverage.operations());
        assertThat(coverage.operations()).isPositive();
        assertThat(coverage.missing()).as("operations without full schemas").isEmpty();
    }

    @Test
    void should_serve_the_document_committed_as_the_studio_snapshot() throws IOException {
        // given
        JsonNode document = sorted(served());

        // when
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(SNAPSHOT, JSON.writeValueAsString(document) + "\n", StandardCharsets.UTF_8);
        }

        // then
        assertThat(SNAPSHOT).as("studio/openapi.json exists").exists();
        assertThat(JSON.readTree(Files.readString(SNAPSHOT, StandardCharsets.UTF_8)))
                .as("studio/openapi.json is stale: rewrite it with "
                        + "./mvnw -pl api-gateway -am test -Dtest=OpenApiContractTest -Dopenapi.write=true "
                        + "-Dsurefire.failIfNoSpecifiedTests=false -Dstudio.skip=true")
                .isEqualTo(document);
    }

    /** The document without its {@code servers}, which name the random port of the test server. */
    private JsonNode served() {
        String body = client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        ObjectNode document = (ObjectNode) JSON.readTree(body);
        document.remove("servers");
        return document;
    }

    /** Object keys in order, so the snapshot diffs line by line. */
    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> fields = new TreeMap<>();
            node.properties().forEach(field -> fields.put(field.getKey(), sorted(field.getValue())));
            ObjectNode copy = JSON.createObjectNode();
            fields.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(sorted(item)));
            return copy;
        }
        return node;
    }
}

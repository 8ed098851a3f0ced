package dev.dakora.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SDK's models against the gateway's schemas in the committed OpenAPI snapshot ({@code studio/openapi.json},
 * kept equal to the served document by the gateway's OpenApiContractTest): every model field is a property of its
 * schema with a compatible JSON type, and every required property of the schema is a field of the model.
 */
class SchemaConformanceTest {

    private static final Path SNAPSHOT = Path.of("..", "studio", "openapi.json");

    /** Each wire model (its fields in snake_case, as the SDK's mapper writes them) and the schemas it reads or writes (a model of two answers names both). */
    static final Map<Class<? extends Record>, List<String>> MODELS = Map.ofEntries(
            Map.entry(Template.class, List.of("Template")), Map.entry(InputSpec.class, List.of("InputSpec")),
            Map.entry(TemplateUpdate.class, List.of("TemplateUpdate")), Map.entry(RenderResult.class, List.of("RenderResult")),
            Map.entry(VersionInfo.class, List.of("VersionInfo")), Map.entry(LabelResult.class, List.of("LabelResult")),
            Map.entry(JobRequest.class, List.of("JobRequest")), Map.entry(JobAccepted.class, List.of("JobAccepted")),
            Map.entry(Job.class, List.of("Job")), Map.entry(CompareRequest.class, List.of("CompareRequest")),
            Map.entry(CompareResult.class, List.of("ComparisonResult")),
            Map.entry(CompareResult.ModelResult.class, List.of("ModelResult")),
            Map.entry(Cancellation.class, List.of("JobCancellation", "BatchCancellation")),
            Map.entry(BatchRequest.class, List.of("BatchRequest")), Map.entry(BatchAccepted.class, List.of("BatchAccepted")),
            Map.entry(BatchCheck.class, List.of("BatchCheck")), Map.entry(BatchCheck.Row.class, List.of("BatchCheckRow")),
            Map.entry(Batch.class, List.of("Batch")), Map.entry(BatchResultRow.class, List.of("BatchResultRow")),
            Map.entry(FieldError.class, List.of("FieldError")), Map.entry(ApiKey.class, List.of("ApiKey", "ApiKeyCreated")),
            Map.entry(DatasetSummary.class, List.of("DatasetSummary")), Map.entry(DatasetVersion.class, List.of("DatasetVersion")),
            Map.entry(DatasetRows.class, List.of("DatasetRows")), Map.entry(DatasetRow.class, List.of("DatasetRow")),
            Map.entry(BatchEstimate.Model.class, List.of("ModelEstimate")),
            Map.entry(BatchEstimate.Totals.class, List.of("EstimateTotals")),
            Map.entry(BatchEstimate.LaneSaving.class, List.of("BatchLaneEstimate")));

    private final JsonNode schemas = JsonMapper.builder().build()
            .readTree(Files.readString(SNAPSHOT)).path("components").path("schemas");

    SchemaConformanceTest() throws java.io.IOException {
    }

    @Test
    void should_find_every_sdk_model_field_in_its_schema_and_every_required_schema_field_in_the_model() {
        // given
        List<String> mismatches = new ArrayList<>();

        // when
        MODELS.forEach((model, names) -> mismatches.addAll(mismatches(model, names)));

        // then
        assertThat(mismatches).isEmpty();
    }

    @Test
    void should_report_a_model_field_the_schema_lacks_and_a_required_field_the_model_lacks() {
        // given: the job answer read as if it were the label answer
        List<String> mismatches = mismatches(JobAccepted.class, List.of("LabelResult"));

        // then
        assertThat(mismatches).contains("JobAccepted.job_id: not in LabelResult", "JobAccepted: lacks required label of LabelResult");
    }

    private List<String> mismatches(Class<? extends Record> model, List<String> names) {
        List<String> found = new ArrayList<>();
        List<JsonNode> mapped = names.stream().map(schemas::path).toList();
        assertThat(mapped).as("schemas " + names + " of " + model.getSimpleName()).allMatch(JsonNode::isObject);
        Set<String> fields = new HashSet<>();
        for (RecordComponent component : model.getRecordComponents()) {
            String field = wireName(component);
            fields.add(field);
            JsonNode property = mapped.stream().map(schema -> schema.path("properties").path(field))
                    .filter(JsonNode::isObject).findFirst().orElse(null);
            if (property == null) {
                found.add(model.getSimpleName() + "." + field + ": not in " + String.join(" or ", names));
            } else if (!compatible(component.getGenericType(), property)) {
                found.add(model.getSimpleName() + "." + field + ": " + component.getGenericType().getTypeName()
                        + " does not fit " + property);
            }
        }
        for (int i = 0; i < names.size(); i++) {
            for (JsonNode required : mapped.get(i).path("required")) {
                if (!fields.contains(required.asString())) {
                    found.add(model.getSimpleName() + ": lacks required " + required.asString() + " of " + names.get(i));
                }
            }
        }
        return found;
    }

    private static String wireName(RecordComponent component) {
        JsonProperty property = component.getAnnotation(JsonProperty.class);
        if (property == null) {
            property = component.getAccessor().getAnnotation(JsonProperty.class);
        }
        return property != null ? property.value()
                : component.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether a Java type reads and writes the JSON a schema property describes. */
    private boolean compatible(Type type, JsonNode property) {
        if (type == Object.class) {
            return true;
        }
        Set<String> types = types(property);
        Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return types.contains("string");
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return types.contains("integer");
        }
        if (raw == double.class || raw == Double.class || raw == BigDecimal.class) {
            return types.contains("number") || types.contains("integer");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return types.contains("boolean");
        }
        if (List.class.isAssignableFrom(raw)) {
            return types.contains("array");
        }
        return types.contains("object");
    }

    /** The JSON types a property allows, following a {@code $ref} to its schema (always an object here). */
    private Set<String> types(JsonNode property) {
        Set<String> types = new HashSet<>();
        if (property.has("$ref")) {
            String name = property.get("$ref").asString().replace("#/components/schemas/", "");
            return schemas.path(name).isObject() ? Set.of("object") : Set.of();
        }
        JsonNode type = property.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        } else if (type.isString()) {
            types.add(type.asString());
        }
        return types;
    }
}

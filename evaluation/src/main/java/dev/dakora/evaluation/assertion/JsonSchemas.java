package dev.dakora.evaluation.assertion;

import com.google.re2j.Pattern;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * Compiles user-supplied JSON Schemas (draft 2020-12 unless the schema names another with
 * {@code $schema}), checked against their draft's meta-schema first. Their {@code pattern} keywords run on RE2 with the regex assertion's limits, and no
 * {@code $ref} is fetched from the network or the file system: only the drafts' own meta-schemas,
 * which ship inside the validator, resolve.
 */
final class JsonSchemas {

    static final int MAX_SCHEMA_CHARS = 64 * 1024;

    private static final RegularExpressionFactory RE2 = regex -> {
        Pattern pattern = SafeRegex.compile(regex, 0);
        return (RegularExpression) value -> pattern.matcher(value).find();
    };

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().regularExpressionFactory(RE2).build())
                    .schemaLoader(loader -> loader.fetchRemoteResources(false)
                            .block(iri -> !iri.toString().startsWith("https://json-schema.org/")
                                    && !iri.toString().startsWith("http://json-schema.org/"))));

    private JsonSchemas() {
    }

    static Schema compile(Map<String, Object> schema) {
        if (schema == null) {
            throw new SpecFieldException("value", "is required (the JSON Schema, an object)");
        }
        JsonNode node = OutputJson.MAPPER.valueToTree(schema);
        if (node.toString().length() > MAX_SCHEMA_CHARS) {
            throw new SpecFieldException("value", "must be at most " + MAX_SCHEMA_CHARS + " characters as JSON");
        }
        try {
            SpecificationVersion draft = SpecificationVersion.fromSchemaNode(node).orElse(SpecificationVersion.DRAFT_2020_12);
            List<Error> problems = REGISTRY.getSchema(SchemaLocation.of(draft.getDialectId())).validate(node);
            if (!problems.isEmpty()) {
                throw new SpecFieldException("value", "is not a valid JSON Schema: " + problems.getFirst());
            }
            Schema compiled = REGISTRY.getSchema(node);
            compiled.initializeValidators();
            return compiled;
        } catch (SpecFieldException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SpecFieldException("value", "is not a usable JSON Schema: " + e.getMessage());
        }
    }
}

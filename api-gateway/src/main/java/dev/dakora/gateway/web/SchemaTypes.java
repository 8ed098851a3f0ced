package dev.dakora.gateway.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Two corrections to the schemas swagger-core derives, for OpenAPI 3.1: a property marked nullable also allows
 * {@code null} in its {@code type} (and in its {@code enum}, when it has one), and {@code java.lang.Object} (an open
 * value: any JSON) becomes the empty schema instead of an object without properties.
 */
@Component
class SchemaTypes implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().values().forEach(SchemaTypes::fix);
        }
    }

    private static void fix(Schema<?> schema) {
        if (schema.getProperties() != null) {
            schema.getProperties().replaceAll((name, property) -> fixed(property));
        }
        if (schema.getItems() != null) {
            schema.setItems(fixed(schema.getItems()));
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            schema.setAdditionalProperties(fixed(values));
        }
    }

    private static Schema<?> fixed(Schema<?> schema) {
        fix(schema);
        if (isBareObject(schema)) {
            Schema<Object> any = new Schema<>();
            any.setDescription(schema.getDescription());
            return any;
        }
        if (Boolean.TRUE.equals(schema.getNullable()) && schema.get$ref() == null) {
            Set<String> types = new LinkedHashSet<>();
            if (schema.getTypes() != null) {
                types.addAll(schema.getTypes());
            } else if (schema.getType() != null) {
                types.add(schema.getType());
            }
            types.add("null");
            schema.setTypes(types);
            if (schema.getEnum() != null && !schema.getEnum().contains(null)) {
                schema.getEnum().add(null);
            }
        }
        return schema;
    }

    private static boolean isBareObject(Schema<?> schema) {
        Set<String> types = schema.getTypes() != null ? schema.getTypes()
                : schema.getType() != null ? Set.of(schema.getType()) : Set.of();
        return types.equals(Set.of("object")) && schema.get$ref() == null && schema.getAdditionalProperties() == null
                && (schema.getProperties() == null || schema.getProperties().isEmpty());
    }
}

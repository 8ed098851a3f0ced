package dev.dakora.gateway.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/** Adds the problem-details answers ({@code 4XX}, {@code 5XX}, schema {@code Problem}) to every operation of the document. */
@Component
class ProblemResponses implements OpenApiCustomizer {

    private final ModelResolver resolver;

    ProblemResponses(ModelResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void customise(OpenAPI openApi) {
        ModelConverters converters = new ModelConverters();
        converters.addConverter(resolver);
        converters.readAll(ProblemSchemas.Problem.class).forEach(openApi.getComponents()::addSchemas);
        Content problem = new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            operation.getResponses().putIfAbsent("4XX", new ApiResponse()
                    .description("The request cannot be served as sent (problem details; see the conventions)").content(problem));
            operation.getResponses().putIfAbsent("5XX", new ApiResponse()
                    .description("The server or a service it needs failed (problem details)").content(problem));
        }));
    }
}

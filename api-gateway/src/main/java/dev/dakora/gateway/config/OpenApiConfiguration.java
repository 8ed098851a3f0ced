package dev.dakora.gateway.config;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}, with the choices the API contract leaves open. Schemas come from
 * the records of the web package ({@code *Schemas}), named in snake_case as the JSON is.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String DESCRIPTION = """
            Dakora: prompt templates with typed inputs, versions and labels, rendered over HTTP.

            Conventions:
            - JSON in and out, snake_case field names, timestamps ISO-8601 UTC.
            - Errors are RFC 9457 problem details (application/problem+json): `detail` says what to fix and,
              when a body fails validation, `errors` lists `{"field","message"}` per field.
            - Status codes: 400 malformed JSON, a body of the wrong shape or field types, an invalid template
              spec (bad id, unknown input type, a default of the wrong type, a template text that does not
              parse); 401 missing or unknown key; 403 an ordinary key on /api/keys; 404 unknown template,
              version, label, key or path; 405 method not allowed; 409 an existing id or a version string
              that names other content; 413 body over the limit (1 MiB by default); 415 a body that is not
              JSON; 422 inputs that fail the input spec, or a render that fails or passes a sandbox limit
              (`render_error` names the kind: undefined, output_limit, loop_limit, recursion_limit,
              timeout, syntax, failed); 503 PostgreSQL unavailable (health, key checks).
            - PUT /api/templates/{id}: absent and null fields keep their value; an `id` in the body must match
              the path. A change without a new `version` gets the next patch version; no change makes no
              version and answers the current one.
            - GET /api/templates/{id} and POST .../render accept `version` or `label`, not both (400).
            - Keys: `dk_` + 43 base64url characters (32 random bytes), stored as a SHA-256 hash with a
              10-character display prefix. Send as `X-API-Key`, `apikey` or `Authorization: Bearer`.
              `last_used_at` is written at most once a minute per key. GET /api/keys lists all keys in one
              page (`next_cursor` is null). Without a server admin key, /api/keys answers 403.
            - Paged lists answer `{"items":[...],"next_cursor":...}` with `limit` (default 50, at most
              1000) and an opaque `cursor`.
            """;

    /** Schemas read by swagger-core's own Jackson 2 introspection: snake_case, as every body is on the wire. */
    @Bean
    ModelResolver snakeCaseModelResolver() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    @Bean
    OpenAPI dakoraOpenApi() {
        SecurityScheme apiKey = new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("X-API-Key")
                .description("Needed on /api/** (except GET /api/health) when DAKORA_AUTH_REQUIRED=true; "
                        + "/api/keys always needs the admin key.");
        SecurityScheme bearer = new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer");
        return new OpenAPI()
                .info(new Info().title("Dakora API").version("0.1.0").description(DESCRIPTION))
                .components(new Components().addSecuritySchemes("apiKey", apiKey).addSecuritySchemes("bearer", bearer))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}

package dev.dakora.gateway.web;

import dev.dakora.common.render.RenderException;
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.common.template.FieldError;
import dev.dakora.common.template.InvalidSpecException;
import dev.dakora.common.template.TemplateSpec;
import dev.dakora.gateway.domain.TemplateCatalog;
import dev.dakora.registry.TemplateNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

import java.util.List;

/** Template CRUD, wire-compatible with the reference server. */
@RestController
@RequestMapping("/api/templates")
@Tag(name = "Templates")
class TemplateController {

    private final TemplateCatalog catalog;
    private final TemplateRenderer renderer;

    TemplateController(TemplateCatalog catalog, TemplateRenderer renderer) {
        this.catalog = catalog;
        this.renderer = renderer;
    }

    @GetMapping
    @Operation(summary = "List template ids", description = "A JSON array of the live template ids, sorted.")
    Mono<List<String>> list() {
        return catalog.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a template", description = "The current version, or the one ?version= or ?label= names "
            + "(not both: 400). 404 for an unknown template, version or label.")
    Mono<TemplateSchemas.Template> get(@PathVariable String id, @RequestParam(required = false) String version,
                                  @RequestParam(required = false) String label) {
        if (version != null && label != null) {
            return Mono.error(new InvalidRequestException("give either version or label, not both",
                    List.of(new FieldError("label", "cannot be combined with version"))));
        }
        return catalog.find(id, version, label).map(TemplateSchemas.Template::of);
    }

    @PostMapping
    @Operation(summary = "Create a template", description = "Body in the shape GET answers; version defaults to 1.0.0. "
            + "201 with the template; 409 if the id exists; 400 with per-field errors for an invalid spec, "
            + "including a template text that does not parse.")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TemplateSchemas.Template.class)))
    Mono<ResponseEntity<TemplateSchemas.Template>> create(@RequestBody TemplateBodies.Create body) {
        return Mono.fromSupplier(() -> parses(body.spec()))
                .flatMap(catalog::create)
                .map(saved -> ResponseEntity
                        .created(UriComponentsBuilder.fromPath("/api/templates/{id}").build(saved.spec().id()))
                        .body(TemplateSchemas.Template.of(saved.spec())));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a template", description = "Any subset of version, description, template, inputs, "
            + "metadata; absent or null fields keep their value. A change makes a new immutable version (the next "
            + "patch version unless version is given); no change makes none. 200 with the current version; "
            + "409 when version names other existing content; 404 for an unknown template.")
    Mono<TemplateSchemas.Template> update(@PathVariable String id, @RequestBody TemplateBodies.Update body) {
        return catalog.find(id, null, null)
                .map(current -> parses(body.applyTo(current)))
                .flatMap(catalog::save)
                .map(saved -> TemplateSchemas.Template.of(saved.spec()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a template", description = "204; 404 if unknown. Its history stays readable by version.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    Mono<ResponseEntity<Void>> delete(@PathVariable String id) {
        return catalog.delete(id).flatMap(deleted -> deleted
                ? Mono.just(ResponseEntity.noContent().<Void>build())
                : Mono.error(new TemplateNotFoundException("no template '" + id + "' exists")));
    }

    /** The spec, once its text is known to parse; otherwise a 400 naming the template field. */
    private TemplateSpec parses(TemplateSpec spec) {
        try {
            renderer.validate(spec.template());
            return spec;
        } catch (RenderException e) {
            throw new InvalidSpecException(List.of(new FieldError("template", "does not parse: " + e.getMessage())));
        }
    }
}

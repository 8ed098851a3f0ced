package dev.dakora.gateway.web;

import dev.dakora.common.template.TemplateSpec;
import dev.dakora.gateway.domain.TemplateCatalog;
import dev.dakora.registry.TemplateNotFoundException;
import dev.dakora.registry.VersionInfo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;


/** A template's version history and its labels. */
@RestController
@RequestMapping("/api/templates/{id}")
@Tag(name = "Versions and labels")
class VersionController {

    private final TemplateCatalog catalog;

    VersionController(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/versions")
    @Operation(summary = "Version history", description = "Newest first: {\"items\":[{\"version\",\"created_at\","
            + "\"content_hash\",\"labels\"}],\"next_cursor\"}. content_hash is the SHA-256 (hex) of the version's "
            + "canonical YAML; labels include latest. limit (1 to 1000, default 50) and cursor page through it; "
            + "a deleted template's history stays readable. 404 when the id was never stored.")
    Mono<PageBody<TemplateSchemas.Version>> versions(@PathVariable String id, @RequestParam(required = false) String limit,
                                       @RequestParam(required = false) String cursor) {
        Paging paging = Paging.of(limit, cursor);
        return catalog.history(id).flatMap(history -> history.isEmpty()
                ? Mono.error(new TemplateNotFoundException("no template '" + id + "' was ever stored"))
                : Mono.just(paging.page(history.stream().map(VersionController::view).toList())));
    }

    @PutMapping("/labels/{label}")
    @Operation(summary = "Point a label at a version", description = "Body {\"version\":\"1.2.0\"}. Moves the label "
            + "(moving it back is a rollback); latest always follows the newest version and cannot be set (400). "
            + "Answers {\"id\",\"label\",\"version\",\"labels\"} with every label of the template. "
            + "404 for an unknown template or version.")
    Mono<TemplateSchemas.LabelMoved> setLabel(@PathVariable String id, @PathVariable String label,
                                              @Valid @RequestBody TemplateSchemas.LabelRequest body) {
        String version = body.version();
        if (TemplateSpec.idProblem(id).isPresent()) {
            return Mono.error(new TemplateNotFoundException("no template '" + id + "' exists"));
        }
        return catalog.setLabel(id, label, version)
                .onErrorMap(IllegalArgumentException.class, e -> InvalidRequestException.of("label", e.getMessage()))
                .map(labels -> new TemplateSchemas.LabelMoved(id, label, version, labels));
    }

    private static TemplateSchemas.Version view(VersionInfo info) {
        return new TemplateSchemas.Version(info.version(), info.createdAt(), info.contentHash(), info.labels());
    }
}

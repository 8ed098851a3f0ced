package dev.dakora.gateway.web;

import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.gateway.domain.TemplateCatalog;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.beans.factory.annotation.Qualifier;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.util.Map;

/** Renders a template in this process: the hot path, served from the template cache. */
@RestController
@Tag(name = "Templates")
class RenderController {

    private final TemplateCatalog catalog;
    private final TemplateRenderer renderer;
    private final Scheduler renderScheduler;

    RenderController(TemplateCatalog catalog, TemplateRenderer renderer, @Qualifier("renderScheduler") Scheduler renderScheduler) {
        this.catalog = catalog;
        this.renderer = renderer;
        this.renderScheduler = renderScheduler;
    }

    @PostMapping("/api/templates/{id}/render")
    @Operation(summary = "Render a template", description = "Body {\"inputs\":{...}} (absent inputs: none). Answers "
            + "{\"rendered\",\"inputs_used\"}, inputs_used being the declared inputs after coercion and defaults. "
            + "?version= or ?label= render another version. 422 when inputs fail the input spec or the render "
            + "fails or passes a sandbox limit (output size, loop iterations, recursion, time); the problem's "
            + "render_error names the kind.")
    Mono<TemplateSchemas.Rendered> render(@PathVariable String id, @RequestParam(required = false) String version,
                                     @RequestParam(required = false) String label,
                                     @RequestBody(required = false) TemplateSchemas.RenderRequest body) {
        if (version != null && label != null) {
            return Mono.error(InvalidRequestException.of("label", "cannot be combined with version"));
        }
        Map<String, Object> inputs = body == null ? Map.of() : body.inputsOrNone();
        return catalog.find(id, version, label)
                .publishOn(renderScheduler)
                .map(spec -> renderer.render(spec, inputs))
                .map(result -> new TemplateSchemas.Rendered(result.rendered(), result.inputsUsed()));
    }
}

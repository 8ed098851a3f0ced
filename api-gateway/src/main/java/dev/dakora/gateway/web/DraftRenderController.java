package dev.dakora.gateway.web;

import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.common.template.TemplateDocuments;
import dev.dakora.common.template.TemplateSpec;
import dev.dakora.gateway.web.DraftRenderBodies.DraftRender;
import dev.dakora.gateway.web.DraftRenderBodies.DraftRenderRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.util.Map;

/** Renders a template that is not saved, for editors previewing unsaved text: the same renderer, sandbox and limits as stored templates. */
@RestController
@Tag(name = "Templates")
class DraftRenderController {

    private final DraftCheck check;

    DraftRenderController(TemplateRenderer renderer, @Qualifier("renderScheduler") Scheduler renderScheduler) {
        this.check = new DraftCheck(renderer, renderScheduler);
    }

    @PostMapping("/api/render")
    @Operation(summary = "Render an unsaved template", description = "Body {\"template\":{the document POST /api/templates "
            + "takes; id optional},\"inputs\":{values}}. Answers {\"rendered\",\"inputs_used\",\"variables\" (names the text "
            + "reads, as jinja2.meta.find_undeclared_variables finds them),\"undeclared\" (read, not declared),\"unused\" "
            + "(declared, not read)}. 400 for a malformed body or spec; 422 when inputs fail the spec or the text does not "
            + "parse or render (render_error, line; errors by field for inputs; variables/undeclared/unused whenever the text parsed).")
    Mono<DraftRender> render(@RequestBody(required = false) DraftRenderRequest body) {
        if (body == null || body.template() == null) {
            return Mono.error(InvalidRequestException.of("template",
                    "is required: send {\"template\":{\"template\":\"...\",\"inputs\":{...}},\"inputs\":{...}}"));
        }
        TemplateSpec spec = TemplateDocuments.fromMap(body.template().document());
        Map<String, Object> inputs = body.inputs() == null ? Map.of() : body.inputs();
        return check.render(spec, inputs);
    }
}

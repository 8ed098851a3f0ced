package dev.dakora.gateway.web;

import dev.dakora.common.render.RenderException;
import dev.dakora.common.render.RenderResult;
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.common.template.InvalidInputException;
import dev.dakora.common.template.TemplateDocuments;
import dev.dakora.common.template.TemplateSpec;
import dev.dakora.gateway.web.DraftRenderBodies.DraftRender;
import dev.dakora.gateway.web.DraftRenderBodies.DraftRenderRequest;
import dev.dakora.gateway.web.DraftRenderBodies.Names;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;

/** Renders a template that is not saved, for editors previewing unsaved text: the same renderer, sandbox and limits as stored templates. */
@RestController
@Tag(name = "Templates")
class DraftRenderController {

    private final TemplateRenderer renderer;
    private final Scheduler renderScheduler;

    DraftRenderController(TemplateRenderer renderer, @Qualifier("renderScheduler") Scheduler renderScheduler) {
        this.renderer = renderer;
        this.renderScheduler = renderScheduler;
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
        return Mono.fromCallable(() -> render(spec, inputs)).subscribeOn(renderScheduler);
    }

    private DraftRender render(TemplateSpec spec, Map<String, Object> inputs) {
        Names names;
        try {
            names = Names.of(renderer.variables(spec.template()), new LinkedHashSet<>(spec.inputs().keySet()));
        } catch (RenderException e) {
            throw new DraftRenderFailedException(e, null);
        }
        try {
            RenderResult result = renderer.render(spec, inputs);
            return new DraftRender(result.rendered(), result.inputsUsed(), names.variables(), names.undeclared(), names.unused());
        } catch (RenderException e) {
            throw new DraftRenderFailedException(e, names);
        } catch (InvalidInputException e) {
            throw new DraftInputsException(e, names);
        }
    }

    /** Inputs that do not fit the draft's spec: as for stored templates, plus what the text reads, so an editor can flag names before every input is filled. */
    @ExceptionHandler(DraftInputsException.class)
    ResponseEntity<ProblemDetail> invalidInputs(DraftInputsException e, ServerWebExchange exchange) {
        ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT,
                "inputs do not match the template's input spec: " + e.getCause().getMessage(), exchange);
        Problems.withErrors(problem, e.errors());
        names(problem, e.names());
        return Problems.entity(problem);
    }

    @ExceptionHandler(DraftRenderFailedException.class)
    ResponseEntity<ProblemDetail> failed(DraftRenderFailedException e, ServerWebExchange exchange) {
        ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), exchange);
        problem.setTitle(title(e.failure().kind()));
        problem.setProperty("render_error", e.failure().kind().name().toLowerCase(Locale.ROOT));
        e.failure().line().ifPresent(line -> problem.setProperty("line", line));
        if (e.names() != null) {
            names(problem, e.names());
        }
        return Problems.entity(problem);
    }

    private static void names(ProblemDetail problem, Names names) {
        problem.setProperty("variables", names.variables());
        problem.setProperty("undeclared", names.undeclared());
        problem.setProperty("unused", names.unused());
    }

    private static String title(RenderException.Kind kind) {
        return switch (kind) {
            case SYNTAX -> "The template does not parse";
            case UNDEFINED -> "The template reads an undefined name";
            case OUTPUT_LIMIT, LOOP_LIMIT, RECURSION_LIMIT, TIMEOUT -> "The render passed a server limit";
            case FAILED -> "The template failed while rendering";
        };
    }
}

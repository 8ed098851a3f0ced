package dev.dakora.gateway.web;

import dev.dakora.common.render.RenderException;
import dev.dakora.common.render.RenderResult;
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.common.template.InvalidInputException;
import dev.dakora.common.template.TemplateSpec;
import dev.dakora.gateway.web.DraftRenderBodies.DraftRender;
import dev.dakora.gateway.web.DraftRenderBodies.Names;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.util.LinkedHashSet;
import java.util.Map;

/**
 * Renders an unsaved template with its inputs under the server's sandbox and limits: what the draft
 * render route answers, and the check a draft job passes before it is queued. Inputs that fail the
 * spec are a {@link DraftInputsException}, text that does not parse or render a
 * {@link DraftRenderFailedException} (both 422, see {@link DraftProblems}).
 */
final class DraftCheck {

    private final TemplateRenderer renderer;
    private final Scheduler renderScheduler;

    DraftCheck(TemplateRenderer renderer, Scheduler renderScheduler) {
        this.renderer = renderer;
        this.renderScheduler = renderScheduler;
    }

    Mono<DraftRender> render(TemplateSpec spec, Map<String, Object> inputs) {
        return Mono.fromCallable(() -> renderNow(spec, inputs)).subscribeOn(renderScheduler);
    }

    private DraftRender renderNow(TemplateSpec spec, Map<String, Object> inputs) {
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
}

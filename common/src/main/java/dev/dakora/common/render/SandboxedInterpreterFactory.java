package dev.dakora.common.render;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.InterpreterFactory;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;

/**
 * Makes Jinjava build {@link SandboxedInterpreter}s, also for the child interpreters it creates
 * itself (macro calls), which share the render's {@link RenderState}. An interpreter made without a
 * render (parsing) gets a state of its own.
 */
final class SandboxedInterpreterFactory implements InterpreterFactory {

    private final RenderLimits limits;

    SandboxedInterpreterFactory(RenderLimits limits) {
        this.limits = limits;
    }

    @Override
    public JinjavaInterpreter newInstance(JinjavaInterpreter orig) {
        RenderState state = orig instanceof SandboxedInterpreter s ? s.state() : new RenderState(limits);
        return new SandboxedInterpreter(orig, state);
    }

    @Override
    public JinjavaInterpreter newInstance(Jinjava application, Context context, JinjavaConfig config) {
        return new SandboxedInterpreter(application, context, config, new RenderState(limits));
    }

    JinjavaInterpreter newInstance(Jinjava application, Context context, JinjavaConfig config, RenderState state) {
        return new SandboxedInterpreter(application, context, config, state);
    }
}

package dev.dakora.common.render;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;

/**
 * Jinjava whose global context is the renderer's {@link SharedContext}: interpreters take their
 * functions from it, so templates see only the functions the sandbox allows.
 */
final class SandboxedJinjava extends Jinjava {

    private final SharedContext shared;

    SandboxedJinjava(JinjavaConfig config, SharedContext shared) {
        super(config);
        this.shared = shared;
    }

    @Override
    public Context getGlobalContext() {
        return shared;
    }
}

package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.InterpretException;

/** Unwinds Jinjava's render once {@link RenderState} holds a failure; Jinjava's tag nodes let it pass. */
final class RenderAbort extends InterpretException {

    RenderAbort(RenderException cause) {
        super(cause.getMessage(), cause);
    }
}

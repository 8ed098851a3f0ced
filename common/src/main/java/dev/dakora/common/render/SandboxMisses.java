package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import jinjava.javax.el.ELContext;
import jinjava.javax.el.PropertyNotFoundException;

/**
 * What {@link SandboxResolver} answers for a value a template cannot reach: an undefined attribute
 * or item (a render error naming the type, or {@link Undefined} where a test asks about it), a
 * string's character by index, and a closed Java object.
 */
final class SandboxMisses {

    private SandboxMisses() {
    }

    /** Python's {@code text[i]}: the i-th character (counted from the end when negative), else undefined. */
    static Object character(ELContext context, String text, String name) {
        long index = Long.parseLong(name);
        int length = text.codePointCount(0, text.length());
        if (index >= length || index < -length) {
            return undefined(context, "str", name);
        }
        int offset = text.offsetByCodePoints(0, (int) (index < 0 ? index + length : index));
        context.setPropertyResolved(true);
        return Character.toString(text.codePointAt(offset));
    }

    static Object undefined(ELContext context, String type, String name) {
        JinjavaInterpreter current = JinjavaInterpreter.getCurrent();
        if (current instanceof SandboxedInterpreter sandboxed && sandboxed.isAskedAbout(name)) {
            context.setPropertyResolved(true);
            return Undefined.INSTANCE;
        }
        throw undefinedAttribute(context, type, name);
    }

    static RuntimeException undefinedAttribute(ELContext context, String type, String name) {
        String problem = SandboxResolver.INDEX.matcher(name).matches() ? "has no element " + name : "has no attribute '" + name + "'";
        RenderException cause = new RenderException(RenderException.Kind.UNDEFINED, "'" + type + "' object " + problem);
        if (JinjavaInterpreter.getCurrent() instanceof SandboxedInterpreter sandboxed) {
            cause = new RenderException(cause.kind(), cause.getMessage(), sandboxed.getLineNumber(), null);
            sandboxed.state().fail(cause);
        }
        return new PropertyNotFoundException(cause.getMessage());
    }

    static RuntimeException closed(Object base, String name) {
        String message = "attribute '" + name + "' is not available on this value";
        if (JinjavaInterpreter.getCurrent() instanceof SandboxedInterpreter sandboxed) {
            sandboxed.state().fail(new RenderException(RenderException.Kind.FAILED, message, sandboxed.getLineNumber(), null));
        }
        return new PropertyNotFoundException(message);
    }
}

package dev.dakora.common.render;

import com.hubspot.jinjava.objects.PyWrapper;
import dev.dakora.common.value.PyTuple;

import java.util.List;

/**
 * A group of {@code groupby}: the tuple {@code (grouper, list)}, also read as {@code .grouper} and
 * {@code .list}. Jinjava keeps a {@link PyWrapper} as it is when a variable holds it.
 */
final class GroupTuple extends PyTuple implements PyWrapper {

    GroupTuple(Object grouper, List<Object> list) {
        super(new Object[] {grouper, list});
    }

    /** The value of {@code .grouper} or {@code .list}, else {@link Undefined#INSTANCE}. */
    Object attribute(String name) {
        return switch (name) {
            case "grouper" -> get(0);
            case "list" -> get(1);
            default -> Undefined.INSTANCE;
        };
    }

    List<Object> asTuple() {
        return this;
    }
}

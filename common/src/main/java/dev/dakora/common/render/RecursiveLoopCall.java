package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import com.hubspot.jinjava.tree.Node;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code loop(children)} inside a {@code recursive} for loop: the same body over other items, one level deeper. */
final class RecursiveLoopCall extends MacroFunction {

    private final LoopHeader header;
    private final List<Node> body;
    private final int depth;

    RecursiveLoopCall(LoopHeader header, List<Node> body, int depth) {
        super(List.of(), "loop", arguments(), false, null, -1, -1);
        this.header = header;
        this.body = body;
        this.depth = depth;
    }

    private static LinkedHashMap<String, Object> arguments() {
        LinkedHashMap<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("iterable", null);
        return arguments;
    }

    @Override
    public Object doEvaluate(Map<String, Object> argMap, Map<String, Object> kwargMap, List<Object> varArgs) {
        String out = LoopTag.render(header, body, argMap.get("iterable"), depth, JinjavaInterpreter.getCurrent());
        return out == null ? "" : out;
    }
}

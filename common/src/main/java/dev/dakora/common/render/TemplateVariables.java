package dev.dakora.common.render;

import com.hubspot.jinjava.tree.ExpressionNode;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;
import com.hubspot.jinjava.tree.parse.ExpressionToken;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names a parsed template reads from its inputs, as Jinja2's {@code meta.find_undeclared_variables}
 * finds them: every name read before the template binds it, leaving out loop variables and
 * {@code loop}, {@code set} and {@code with} targets, macros and their parameters, and Jinja2's
 * globals. A name a branch of {@code if} sets is still read from the inputs after the {@code if}.
 */
final class TemplateVariables {

    private static final Set<String> GLOBALS = Set.of("range", "dict", "lipsum", "cycler", "joiner", "namespace");

    private final Set<String> read = new LinkedHashSet<>();

    private TemplateVariables() {
    }

    /** The names in the order the template first reads them. */
    static List<String> of(Node root) {
        TemplateVariables walk = new TemplateVariables();
        walk.nodes(root.getChildren(), NameScope.root());
        return List.copyOf(walk.read);
    }

    private void nodes(List<Node> nodes, NameScope scope) {
        nodes.forEach(node -> node(node, scope));
    }

    private void node(Node node, NameScope scope) {
        if (node instanceof ExpressionNode && node.getMaster() instanceof ExpressionToken token) {
            reads(token.getExpr(), scope);
        } else if (node instanceof TagNode tag) {
            switch (tag.getName()) {
                case "raw" -> { }
                case "for" -> forTag(tag, scope);
                case "if" -> ifTag(tag, scope);
                case "set" -> TemplateBindings.set(tag, scope.names(), expression -> reads(expression, scope),
                        filter -> filter(filter, scope), body -> nodes(body, scope.child(List.of())));
                case "macro" -> macro(tag, scope);
                case "call" -> call(tag, scope);
                case "with" -> with(tag, scope);
                case "filter" -> {
                    filter(tag.getHelpers(), scope);
                    nodes(tag.getChildren(), scope.child(List.of()));
                }
                default -> {
                    reads(tag.getHelpers(), scope);
                    nodes(tag.getChildren(), scope.child(List.of()));
                }
            }
        }
    }

    private void forTag(TagNode tag, NameScope scope) {
        TemplateBindings.Loop loop = TemplateBindings.loop(tag.getHelpers());
        reads(loop.header().iterable(), scope);
        NameScope inner = scope.loopBody(loop.header().targets());
        reads(loop.header().condition(), inner);
        List<Node> children = tag.getChildren();
        int elseAt = indexOf(children, "else", 0);
        nodes(elseAt < 0 ? children : children.subList(0, elseAt), inner);
        if (elseAt >= 0) {
            nodes(children.subList(elseAt + 1, children.size()), scope.child(List.of()));
        }
    }

    private void ifTag(TagNode tag, NameScope scope) {
        reads(tag.getHelpers(), scope);
        NameScope branch = scope.child(List.of());
        for (Node child : tag.getChildren()) {
            if (child instanceof TagNode t && ("elif".equals(t.getName()) || "else".equals(t.getName()))) {
                reads(t.getHelpers(), scope);
                branch = scope.child(List.of());
            } else {
                node(child, branch);
            }
        }
    }

    private void macro(TagNode tag, NameScope scope) {
        TemplateBindings.Callable macro = TemplateBindings.macro(tag.getHelpers());
        macro.signature().defaults().forEach(fallback -> reads(fallback, scope));
        scope.names().add(macro.name());
        nodes(tag.getChildren(), scope.macroBody(macro.signature()));
    }

    private void call(TagNode tag, NameScope scope) {
        TemplateBindings.Callable call = TemplateBindings.call(tag.getHelpers());
        call.signature().defaults().forEach(fallback -> reads(fallback, scope));
        reads(call.name(), scope);
        nodes(tag.getChildren(), scope.macroBody(call.signature()));
    }

    private void with(TagNode tag, NameScope scope) {
        List<String> names = new ArrayList<>();
        for (String assignment : WithTag.splitTopLevel(tag.getHelpers())) {
            int equals = assignment.indexOf('=');
            if (equals > 0) {
                names.add(assignment.substring(0, equals).strip());
                reads(assignment.substring(equals + 1), scope);
            }
        }
        nodes(tag.getChildren(), scope.child(names));
    }

    private static int indexOf(List<Node> children, String tagName, int from) {
        for (int i = from; i < children.size(); i++) {
            if (children.get(i) instanceof TagNode t && tagName.equals(t.getName())) {
                return i;
            }
        }
        return -1;
    }

    private void reads(String expression, NameScope scope) {
        ExpressionNames.reads(expression, false, name -> read(name, scope));
    }

    private void filter(String filter, NameScope scope) {
        ExpressionNames.reads(filter, true, name -> read(name, scope));
    }

    private void read(String name, NameScope scope) {
        if (!scope.binds(name) && !GLOBALS.contains(name)) {
            read.add(name);
        }
    }
}

package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstRightValue;
import jinjava.javax.el.ELContext;

import java.util.Set;

/**
 * A name a template wrote that Jinjava keeps for itself (its interpreter, macro table and import
 * bookkeeping). Jinja2 defines none of them, so here each is undefined: asking about it is fine,
 * using it fails the render, and nothing about the interpreter can be printed.
 */
final class AstReservedName extends AstRightValue {

    static final Set<String> NAMES = Set.of("____int3rpr3t3r____", "__macros__", "import_resource_path",
            "deferred_import_resource_path", "import_resource_alias", "__ignored__");

    private final String name;

    AstReservedName(String name) {
        this.name = name;
    }

    @Override
    public Object eval(Bindings bindings, ELContext context) {
        if (JinjavaInterpreter.getCurrent() instanceof SandboxedInterpreter sandboxed && sandboxed.isAskedAbout(name)) {
            return Undefined.INSTANCE;
        }
        throw PyFailure.undefined("'" + name + "' is undefined");
    }

    @Override
    public void appendStructure(StringBuilder builder, Bindings bindings) {
        builder.append(name);
    }

    @Override
    public int getCardinality() {
        return 0;
    }

    @Override
    public AstNode getChild(int i) {
        return null;
    }
}

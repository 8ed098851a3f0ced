package dev.dakora.common.template;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes template YAML in the reference's format. Loading is safe (plain maps, lists and
 * scalars only, no object construction); writing puts the fields in a fixed order and the template text
 * in a literal block ({@code |}, {@code |-} or {@code |+}), so the output reads well in a diff and loads
 * back equal. Text a literal block cannot hold exactly (lines ending in spaces, control characters) is
 * written double-quoted instead.
 */
public final class TemplateYaml {

    private static final int MAX_DOCUMENT_CHARS = 1_000_000;

    private TemplateYaml() {
    }

    /**
     * @throws InvalidSpecException for a YAML syntax error (with its line and column), a document that
     *                              is not a mapping, or fields that break the model's rules
     */
    public static TemplateSpec load(String yaml) {
        Object document;
        try {
            document = loader().load(yaml == null ? "" : yaml);
        } catch (MarkedYAMLException e) {
            throw new InvalidSpecException(List.of(new FieldError("(yaml)", syntaxMessage(e))));
        } catch (YAMLException e) {
            throw new InvalidSpecException(List.of(new FieldError("(yaml)", "not valid YAML: " + e.getMessage())));
        }
        if (document == null) {
            throw new InvalidSpecException(List.of(new FieldError("(document)", "is empty")));
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new InvalidSpecException(List.of(new FieldError("(document)",
                    "must be a mapping of fields (id, version, template, ...), not a single value or a list")));
        }
        return TemplateDocuments.fromMap(map);
    }

    /** The canonical YAML of {@code spec}: id, version, description, template, inputs, metadata. */
    public static String dump(TemplateSpec spec) {
        Map<String, Object> document = new LinkedHashMap<>(TemplateDocuments.toMap(spec));
        document.put("template", new LiteralText(spec.template()));
        return dumper().dump(document);
    }

    private static String syntaxMessage(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
        if (mark == null) {
            return "not valid YAML: " + problem;
        }
        return "not valid YAML at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": " + problem;
    }

    private static Yaml loader() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_DOCUMENT_CHARS);
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options,
                new DatesAsText());
    }

    private static Yaml dumper() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return new Yaml(new TemplateRepresenter(options), options);
    }

    /**
     * The standard YAML 1.1 resolver without timestamps: a date such as {@code 2024-05-01} in metadata
     * stays the text it was written as, rather than becoming a date object with another string form.
     */
    private static final class DatesAsText extends Resolver {

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

    /** The template text, marked to be written as a literal block scalar. */
    private record LiteralText(String text) {
    }

    private static final class TemplateRepresenter extends Representer {

        TemplateRepresenter(DumperOptions options) {
            super(options);
            this.representers.put(LiteralText.class,
                    data -> representScalar(Tag.STR, ((LiteralText) data).text(), DumperOptions.ScalarStyle.LITERAL));
        }
    }
}

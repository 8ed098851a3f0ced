package dev.dakora.gateway.web;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bodies of {@code POST /api/render}: an unsaved template with input values, and what it renders. */
final class DraftRenderBodies {

    static final String DRAFT_ID = "draft";
    /** The version a draft job runs as: the unsaved text has no version of its own. */
    static final String DRAFT_VERSION = "draft";

    private DraftRenderBodies() {
    }

    /**
     * A template document as {@code POST /api/templates} takes it; {@code id} may be left out. Its text
     * fields take numbers too, as a template file's do.
     */
    @Schema(name = "DraftTemplate")
    record DraftTemplate(@JsonDeserialize(using = DocumentText.class) String id,
                         @JsonDeserialize(using = DocumentText.class) String version,
                         @JsonDeserialize(using = DocumentText.class) String description,
                         @JsonDeserialize(using = DocumentText.class) String template,
                         @Schema(description = "the input spec: name to {type, required, default, description}")
                         Map<String, Object> inputs,
                         Map<String, Object> metadata) {

        /**
         * The {@code template} of a job body, read as {@code POST /api/render} reads its template; its
         * version is {@link #DRAFT_VERSION} whatever the document says, so the log tells draft runs apart.
         */
        DraftTemplate forJob() {
            return new DraftTemplate(id, DRAFT_VERSION, description, template, inputs, metadata);
        }

        Map<String, Object> document() {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("id", id == null ? DRAFT_ID : id);
            document.put("version", version);
            document.put("description", description);
            document.put("template", template);
            document.put("inputs", inputs);
            document.put("metadata", metadata);
            return document;
        }
    }

    @Schema(name = "DraftRenderRequest")
    record DraftRenderRequest(DraftTemplate template,
                              @Schema(description = "input values by name, checked against the template's input spec")
                              Map<String, Object> inputs) {
    }

    /**
     * @param variables  the names the text reads from its inputs, in the order first read
     * @param undeclared names the text reads that the input spec does not declare
     * @param unused     declared inputs the text never reads
     */
    @Schema(name = "DraftRender")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record DraftRender(String rendered, Map<String, Object> inputsUsed, List<String> variables,
                       List<String> undeclared, List<String> unused) {
    }

    /** What the text reads against what the spec declares. */
    record Names(List<String> variables, List<String> undeclared, List<String> unused) {

        static Names of(List<String> variables, java.util.Set<String> declared) {
            return new Names(variables, variables.stream().filter(name -> !declared.contains(name)).toList(),
                    declared.stream().filter(name -> !variables.contains(name)).toList());
        }
    }
}

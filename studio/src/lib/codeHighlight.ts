import { HighlightStyle } from "@codemirror/language";
import { tags as t } from "@lezer/highlight";

/**
 * Syntax colours of the code editor (YAML and Jinja), as CSS variables that `index.css` sets for the
 * light and the dark scheme, each readable on the editor's background (contrast at least 4.5:1).
 */
export const codeHighlight = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.operatorKeyword, t.moduleKeyword, t.definitionKeyword], color: "var(--code-keyword)" },
  { tag: [t.string, t.special(t.string), t.regexp, t.character], color: "var(--code-string)" },
  { tag: [t.number, t.bool, t.atom, t.null, t.unit], color: "var(--code-number)" },
  { tag: [t.comment, t.lineComment, t.blockComment], color: "var(--code-comment)", fontStyle: "italic" },
  { tag: [t.variableName, t.function(t.variableName), t.labelName], color: "var(--code-variable)" },
  { tag: [t.propertyName, t.definition(t.propertyName), t.attributeName, t.tagName, t.typeName], color: "var(--code-property)" },
  { tag: [t.operator, t.punctuation, t.bracket, t.separator, t.meta, t.processingInstruction, t.documentMeta], color: "var(--code-meta)" },
  { tag: [t.heading, t.strong], fontWeight: "bold" },
  { tag: t.emphasis, fontStyle: "italic" },
  { tag: t.link, textDecoration: "underline" },
  { tag: t.invalid, color: "var(--code-invalid)" },
]);

/** The CSS variables the style reads, for the contrast check. */
export const CODE_COLOURS = ["keyword", "string", "number", "comment", "variable", "property", "meta", "invalid"] as const;

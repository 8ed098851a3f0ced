import { useEffect, useRef } from "react";
import { EditorState, type Extension } from "@codemirror/state";
import { EditorView, keymap, lineNumbers, highlightActiveLine, placeholder as placeholderExt } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { StreamLanguage, defaultHighlightStyle, syntaxHighlighting, bracketMatching } from "@codemirror/language";
import { yaml } from "@codemirror/lang-yaml";
import { jinja2 } from "@codemirror/legacy-modes/mode/jinja2";

export type EditorLanguage = "yaml" | "jinja";

function languageOf(language: EditorLanguage): Extension {
  return language === "yaml" ? yaml() : StreamLanguage.define(jinja2);
}

interface Props {
  value: string;
  onChange: (value: string) => void;
  language: EditorLanguage;
  label: string;
  minHeight?: string;
  placeholder?: string;
}

/**
 * CodeMirror 6 with YAML or Jinja highlighting. Tab indents; Escape then Tab moves focus on, so the
 * editor never traps the keyboard.
 */
export function CodeEditor({ value, onChange, language, label, minHeight = "12rem", placeholder }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    const state = EditorState.create({
      doc: value,
      extensions: [
        lineNumbers(),
        history(),
        highlightActiveLine(),
        bracketMatching(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        keymap.of([indentWithTab, ...defaultKeymap, ...historyKeymap]),
        languageOf(language),
        EditorView.lineWrapping,
        placeholder ? placeholderExt(placeholder) : [],
        EditorView.contentAttributes.of({ "aria-label": label }),
        EditorView.theme({ "&": { minHeight }, ".cm-scroller": { minHeight } }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) changed.current(update.state.doc.toString());
        }),
      ],
    });
    view.current = new EditorView({ state, parent: host.current! });
    return () => view.current?.destroy();
  }, [language]);

  useEffect(() => {
    const current = view.current;
    if (current && current.state.doc.toString() !== value) {
      current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: value } });
    }
  }, [value]);

  return <div ref={host} className="overflow-hidden rounded-md border bg-background" data-testid={`editor-${label}`} />;
}

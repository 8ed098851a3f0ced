import { useEffect, useRef } from "react";
import { EditorState, type Extension } from "@codemirror/state";
import { EditorView, keymap, lineNumbers, highlightActiveLine, placeholder as placeholderExt } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { StreamLanguage, syntaxHighlighting, bracketMatching } from "@codemirror/language";
import { yaml } from "@codemirror/lang-yaml";
import { jinja2 } from "@codemirror/legacy-modes/mode/jinja2";
import { lintGutter, setDiagnostics, type Diagnostic } from "@codemirror/lint";
import { codeHighlight } from "@/lib/codeHighlight";

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
  /** Problems to mark on their line (1-based), e.g. where the template fails to render. */
  marks?: LineMark[];
}

export interface LineMark {
  line: number;
  message: string;
}

/** The marks as CodeMirror diagnostics covering their whole line; lines past the end mark the last one. */
export function toDiagnostics(doc: { lines: number; line: (n: number) => { from: number; to: number } }, marks: LineMark[]): Diagnostic[] {
  return marks.map((mark) => {
    const line = doc.line(Math.min(Math.max(1, mark.line), doc.lines));
    return { from: line.from, to: line.to, severity: "error", message: mark.message };
  });
}

/**
 * CodeMirror 6 with YAML or Jinja highlighting in the page's colour scheme. Tab indents; Escape then Tab moves focus on, so the
 * editor never traps the keyboard.
 */
export function CodeEditor({ value, onChange, language, label, minHeight = "12rem", placeholder, marks }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    const state = EditorState.create({
      doc: value,
      extensions: [
        lineNumbers(),
        lintGutter(),
        history(),
        highlightActiveLine(),
        bracketMatching(),
        syntaxHighlighting(codeHighlight),
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

  const markKey = JSON.stringify(marks ?? []);
  useEffect(() => {
    const current = view.current;
    if (current) current.dispatch(setDiagnostics(current.state, toDiagnostics(current.state.doc, marks ?? [])));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [markKey, value, language]);

  return <div ref={host} className="overflow-hidden rounded-md border bg-background" data-testid={`editor-${label}`} />;
}

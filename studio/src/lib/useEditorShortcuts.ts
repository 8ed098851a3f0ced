import { useEffect, useRef } from "react";

/**
 * Ctrl/Cmd+S saves, Ctrl/Cmd+Enter runs and Ctrl/Cmd+Shift+Enter runs on models (when given), anywhere on the page, the code editor included: the
 * listener runs in the capture phase, before the editor's own key bindings, and keeps the browser's
 * "save page" dialog away.
 */
export function useEditorShortcuts(actions: { save: () => void; run: () => void; runModels?: () => void }) {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (event.key === "s" || event.key === "S") {
        event.preventDefault();
        event.stopPropagation();
        latest.current.save();
      } else if (event.key === "Enter") {
        event.preventDefault();
        event.stopPropagation();
        if (event.shiftKey && latest.current.runModels) latest.current.runModels();
        else latest.current.run();
      }
    };
    window.addEventListener("keydown", onKeyDown, true);
    return () => window.removeEventListener("keydown", onKeyDown, true);
  }, []);
}

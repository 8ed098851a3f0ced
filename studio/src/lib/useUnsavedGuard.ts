import { useEffect, useRef } from "react";

export const LEAVE_QUESTION = "You have unsaved changes. Leave this page and lose them?";

/**
 * While `dirty`, asks before leaving: a click on a link to another page of the Studio (the menu, the
 * header's links) waits for the user's answer, and closing or reloading the tab gets the browser's own
 * prompt. `release()` lets the next navigation through (after a save).
 */
export function useUnsavedGuard(dirty: boolean, confirm: (question: string) => boolean = (q) => window.confirm(q)) {
  const released = useRef(false);
  const ask = useRef(confirm);
  ask.current = confirm;

  useEffect(() => {
    if (dirty) released.current = false;
    if (!dirty) return;
    const onClick = (event: MouseEvent) => {
      if (released.current || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!link || link.target === "_blank" || link.hasAttribute("download")) return;
      const next = new URL(link.href, window.location.href);
      if (next.origin !== window.location.origin) return;
      if (next.pathname === window.location.pathname && next.search === window.location.search) return;
      if (!ask.current(LEAVE_QUESTION)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (released.current) return;
      event.preventDefault();
      event.returnValue = "";
    };
    document.addEventListener("click", onClick, true);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      document.removeEventListener("click", onClick, true);
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, [dirty]);

  return {
    release: () => {
      released.current = true;
    },
  };
}

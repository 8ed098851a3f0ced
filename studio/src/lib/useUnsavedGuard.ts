import { useEffect, useRef } from "react";
import { useBlocker } from "react-router";

export const LEAVE_QUESTION = "You have unsaved changes. Leave this page and lose them?";

/**
 * While `dirty`, asks before leaving: any navigation of the Studio to another address (a link, the
 * menu, the browser's back and forward buttons) waits for the user's answer, and closing or reloading
 * the tab gets the browser's own prompt. `release()` lets the next navigation through (after a save).
 * Needs a data router (`createBrowserRouter`, `createMemoryRouter`).
 */
export function useUnsavedGuard(dirty: boolean, confirm: (question: string) => boolean = (q) => window.confirm(q)) {
  const released = useRef(false);
  const ask = useRef(confirm);
  ask.current = confirm;

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !released.current && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );

  useEffect(() => {
    if (blocker.state !== "blocked") return;
    if (ask.current(LEAVE_QUESTION)) blocker.proceed();
    else blocker.reset();
  }, [blocker]);

  useEffect(() => {
    if (dirty) released.current = false;
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (released.current) return;
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [dirty]);

  return {
    release: () => {
      released.current = true;
    },
  };
}

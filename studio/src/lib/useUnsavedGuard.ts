import { useEffect, useRef } from "react";
import { useBlocker } from "react-router";

export const LEAVE_QUESTION = "You have unsaved changes. Leave this page and lose them?";

/**
 * While `dirty`, asks before leaving: a route change inside the Studio is held by react-router's
 * blocker until the user confirms, and closing or reloading the tab gets the browser's own prompt.
 * `release()` lets the next navigation through (after a save).
 */
export function useUnsavedGuard(dirty: boolean, confirm: (question: string) => boolean = (q) => window.confirm(q)) {
  const released = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !released.current && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );

  useEffect(() => {
    if (blocker.state !== "blocked") return;
    if (confirm(LEAVE_QUESTION)) blocker.proceed();
    else blocker.reset();
  }, [blocker, confirm]);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [dirty]);

  useEffect(() => {
    if (dirty) released.current = false;
  }, [dirty]);

  return {
    release: () => {
      released.current = true;
    },
  };
}

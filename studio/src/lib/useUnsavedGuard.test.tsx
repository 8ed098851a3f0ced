import { afterEach, describe, expect, it, vi } from "vitest";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { Link, RouterProvider, createMemoryRouter, useLocation } from "react-router";
import { LEAVE_QUESTION, useUnsavedGuard } from "@/lib/useUnsavedGuard";

function Draft() {
  const [text, setText] = useState("");
  const guard = useUnsavedGuard(text !== "");
  return (
    <>
      <input aria-label="Draft" value={text} onChange={(e) => setText(e.target.value)} />
      <Link to="/other">Other page</Link>
      <Link to="/saved" onClick={() => guard.release()}>
        Save and leave
      </Link>
    </>
  );
}

function Where() {
  return <output data-testid="where">{useLocation().pathname}</output>;
}

/** A draft page at "/draft", opened from "/list", in a memory data router. */
function open() {
  const router = createMemoryRouter(
    [
      { path: "/draft", element: <><Where /><Draft /></> },
      { path: "*", element: <Where /> },
    ],
    { initialEntries: ["/list", "/draft"], initialIndex: 1 },
  );
  render(<RouterProvider router={router} />);
  return { router, where: () => screen.getByTestId("where").textContent };
}

afterEach(() => vi.restoreAllMocks());

describe("useUnsavedGuard", () => {
  it("should_ask_before_the_back_button_leaves_a_dirty_draft_and_stay_on_no", async () => {
    const confirm = vi.spyOn(window, "confirm").mockReturnValue(false);
    const { router, where } = open();
    await userEvent.type(screen.getByLabelText("Draft"), "unsaved");

    await act(() => router.navigate(-1));

    await waitFor(() => expect(confirm).toHaveBeenCalledWith(LEAVE_QUESTION));
    expect(where()).toBe("/draft");
    expect(screen.getByLabelText("Draft")).toHaveValue("unsaved");
  });

  it("should_go_back_after_a_yes", async () => {
    const confirm = vi.spyOn(window, "confirm").mockReturnValue(true);
    const { router, where } = open();
    await userEvent.type(screen.getByLabelText("Draft"), "unsaved");

    await act(() => router.navigate(-1));

    await waitFor(() => expect(where()).toBe("/list"));
    expect(confirm).toHaveBeenCalledTimes(1);
  });

  it("should_go_back_without_asking_when_the_draft_is_clean", async () => {
    const confirm = vi.spyOn(window, "confirm").mockReturnValue(false);
    const { router, where } = open();

    await act(() => router.navigate(-1));

    await waitFor(() => expect(where()).toBe("/list"));
    expect(confirm).not.toHaveBeenCalled();
  });

  it("should_ask_before_an_in_app_link_leaves_a_dirty_draft", async () => {
    const confirm = vi.spyOn(window, "confirm").mockReturnValue(false);
    const { where } = open();
    await userEvent.type(screen.getByLabelText("Draft"), "unsaved");

    await userEvent.click(screen.getByRole("link", { name: "Other page" }));

    await waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
    expect(where()).toBe("/draft");
  });

  it("should_let_a_released_navigation_through_without_asking", async () => {
    const confirm = vi.spyOn(window, "confirm").mockReturnValue(false);
    const { where } = open();
    await userEvent.type(screen.getByLabelText("Draft"), "unsaved");

    await userEvent.click(screen.getByRole("link", { name: "Save and leave" }));

    await waitFor(() => expect(where()).toBe("/saved"));
    expect(confirm).not.toHaveBeenCalled();
  });
});

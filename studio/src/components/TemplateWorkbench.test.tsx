import { afterEach, describe, expect, it, vi } from "vitest";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Link, RouterProvider, createMemoryRouter, useLocation } from "react-router";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { TemplateWorkbench } from "@/components/TemplateWorkbench";
import { emptyDraft } from "@/lib/draft";
import type { Template, TemplateDraft } from "@/lib/api/types";
import { json, mockFetch } from "@/test/fetchMock";

type RenderBody = { template: { template: string; inputs: Record<string, unknown> } };

/** Answers the draft render as the gateway would for "Hello {{ name }} {{ mood }}"-like texts. */
function serveRenders() {
  return mockFetch((call) => {
    const body = call.body as RenderBody;
    const names = [...body.template.template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
    const declared = Object.keys(body.template.inputs ?? {});
    const undeclared = names.filter((n) => !declared.includes(n));
    const unused = declared.filter((n) => !names.includes(n));
    if (undeclared.length) {
      return json(422, { status: 422, title: "The template reads an undefined name", detail: `'${undeclared[0]}' is undefined`, render_error: "undefined",
        line: 1, variables: names, undeclared, unused }, "application/problem+json");
    }
    return json(200, { rendered: "ok", inputs_used: {}, variables: names, undeclared, unused });
  });
}

function Where() {
  return <output data-testid="where">{useLocation().pathname}</output>;
}

/** The workbench in a data router (its guard needs one), opened from "/previous" so there is a page to go back to. */
function setup(onSave = vi.fn(async (t: TemplateDraft) => ({ ...t }) as Template)) {
  const router = createMemoryRouter(
    [
      {
        path: "/",
        element: (
          <>
            <Where />
            <Link to="/elsewhere">Go elsewhere</Link>
            <TemplateWorkbench initial={emptyDraft()} isNew saving={false} saveError={null} onSave={onSave} />
          </>
        ),
      },
      { path: "/elsewhere", element: <Where /> },
      { path: "/previous", element: <Where /> },
    ],
    { initialEntries: ["/previous", "/"], initialIndex: 1 },
  );
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { onSave, router, where: () => screen.getByTestId("where").textContent };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("TemplateWorkbench", () => {
  it("shows no form errors on open, and a field's error once it was left", async () => {
    serveRenders();
    setup();
    expect(screen.queryByText("An id is required.")).not.toBeInTheDocument();

    fireEvent.blur(screen.getByLabelText("Id"));

    expect(await screen.findByText("An id is required.")).toBeInTheDocument();
  }, 15_000);

  it("Ctrl+S with errors shows them all and saves nothing; once fixed it saves", async () => {
    serveRenders();
    const { onSave } = setup();

    fireEvent.keyDown(window, { key: "s", ctrlKey: true });
    expect(await screen.findByText("An id is required.")).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();

    await userEvent.type(screen.getByLabelText("Id"), "greeting-two");
    fireEvent.keyDown(window, { key: "s", metaKey: true });

    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0][0]).toMatchObject({ id: "greeting-two", template: "Hello {{ name }}!" });
  }, 15_000);

  it("flags a name the text reads but does not declare, and adds it as an input in one click", async () => {
    serveRenders();
    setup();
    await userEvent.click(screen.getByRole("button", { name: "Remove input name" }));

    const add = await screen.findByRole("button", { name: "Add input name" }, { timeout: 5000 });
    await userEvent.click(add);

    expect(screen.getByLabelText("Input 1 name")).toHaveValue("name");
    await waitFor(() => expect(screen.queryByTestId("undeclared")).not.toBeInTheDocument(), { timeout: 5000 });
  }, 15_000);

  it("flags a declared input the text never reads", async () => {
    serveRenders();
    setup();
    await userEvent.click(screen.getByRole("button", { name: /Add input$/ }));
    await userEvent.type(screen.getByLabelText("Input 2 name"), "tone");

    expect(await screen.findByTestId("unused-tone", {}, { timeout: 5000 })).toHaveTextContent("tone is declared but the text never reads it.");
    expect(screen.queryByTestId("unused-name")).not.toBeInTheDocument();
  }, 15_000);

  it("asks before leaving with unsaved changes and stays when the answer is no", async () => {
    serveRenders();
    const confirm = vi.spyOn(window, "confirm").mockReturnValue(false);
    const { where } = setup();
    await userEvent.type(screen.getByLabelText("Id"), "x");

    await userEvent.click(screen.getByRole("link", { name: "Go elsewhere" }));

    await waitFor(() => expect(confirm).toHaveBeenCalled());
    expect(where()).toBe("/");
  }, 15_000);

  it("leaves after asking when the answer is yes", async () => {
    serveRenders();
    const confirm = vi.spyOn(window, "confirm").mockReturnValue(true);
    const { where } = setup();
    await userEvent.type(screen.getByLabelText("Id"), "x");

    await userEvent.click(screen.getByRole("link", { name: "Go elsewhere" }));

    await waitFor(() => expect(where()).toBe("/elsewhere"));
    expect(confirm).toHaveBeenCalledTimes(1);
  }, 15_000);

  it("asks before going back with unsaved changes and stays when the answer is no", async () => {
    serveRenders();
    const confirm = vi.spyOn(window, "confirm").mockReturnValue(false);
    const { router, where } = setup();
    await userEvent.type(screen.getByLabelText("Id"), "x");

    await act(() => router.navigate(-1));

    await waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
    expect(where()).toBe("/");
    expect(screen.getByLabelText("Id")).toHaveValue("x");
  }, 15_000);

  it("goes back without asking when nothing changed", async () => {
    serveRenders();
    const confirm = vi.spyOn(window, "confirm").mockReturnValue(false);
    const { router, where } = setup();

    await act(() => router.navigate(-1));

    await waitFor(() => expect(where()).toBe("/previous"));
    expect(confirm).not.toHaveBeenCalled();
  }, 15_000);

  it("leaves without asking when nothing changed", async () => {
    serveRenders();
    const confirm = vi.spyOn(window, "confirm").mockReturnValue(false);
    const { where } = setup();

    await userEvent.click(screen.getByRole("link", { name: "Go elsewhere" }));

    await waitFor(() => expect(where()).toBe("/elsewhere"));
    expect(confirm).not.toHaveBeenCalled();
  }, 15_000);
});

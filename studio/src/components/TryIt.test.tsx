import { afterEach, describe, expect, it, vi } from "vitest";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { TryIt, type PreviewOutcome } from "@/components/TryIt";
import { json, mockFetch } from "@/test/fetchMock";
import type { DraftDocument } from "@/lib/api/draftRender";

const draft: DraftDocument = {
  template: "Hello {{ name }}",
  inputs: { name: { type: "string", required: true, default: null } },
};

function renderTryIt(onOutcome?: (o: PreviewOutcome) => void, saved?: { id: string; version: string }) {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter>
        <TryIt template={draft} saved={saved} dirty={false} runToken={0} onOutcome={onOutcome} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("TryIt", () => {
  it("renders the unsaved draft with the inputs typed", async () => {
    const calls = mockFetch((call) =>
      json(200, { rendered: `Hello ${(call.body as { inputs: { name: string } }).inputs.name}`, inputs_used: {}, variables: ["name"], undeclared: [], unused: [] }),
    );
    renderTryIt();
    expect(screen.getByText("Fix the highlighted inputs to see the preview.")).toBeInTheDocument();

    await userEvent.type(screen.getByRole("textbox", { name: /^name/ }), "Ada");

    expect(await screen.findByText("Hello Ada")).toBeInTheDocument();
    const posts = calls.filter((c) => c.method === "POST");
    expect(posts.every((c) => c.url === "/api/render")).toBe(true);
    expect((posts.at(-1)!.body as { template: DraftDocument }).template.template).toBe("Hello {{ name }}");
  }, 15_000);

  it("shows a failed render once, with its line, and reports it to the editor", async () => {
    mockFetch(() =>
      json(422, { title: "The template does not parse", status: 422, detail: "unexpected end of expression", render_error: "syntax", line: 3 }, "application/problem+json"),
    );
    const outcomes: PreviewOutcome[] = [];
    renderTryIt((o) => outcomes.push(o));

    await userEvent.type(screen.getByRole("textbox", { name: /^name/ }), "Ada");

    const error = await screen.findByTestId("render-error");
    expect(error).toHaveTextContent("Line 3: unexpected end of expression");
    expect(screen.getAllByText(/unexpected end of expression/)).toHaveLength(1);
    await waitFor(() => expect(outcomes.at(-1)?.problem?.line).toBe(3));
  }, 15_000);

  it("links to Compare with the inputs typed when the template is saved", async () => {
    mockFetch(() => json(200, { rendered: "Hello Ada", inputs_used: {}, variables: ["name"], undeclared: [], unused: [] }));
    renderTryIt(undefined, { id: "greeting", version: "1.0.0" });

    await userEvent.type(screen.getByRole("textbox", { name: /^name/ }), "Ada");

    const link = await screen.findByRole("link", { name: /Compare models with these inputs/ });
    const href = new URL(link.getAttribute("href")!, "http://x");
    expect(href.pathname).toBe("/compare");
    expect(href.searchParams.get("template")).toBe("greeting");
    expect(href.searchParams.getAll("v")).toEqual(["1.0.0"]);
    expect(JSON.parse(href.searchParams.get("inputs")!)).toEqual({ name: "Ada" });
  }, 15_000);
});

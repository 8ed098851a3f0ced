import { afterEach, describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { TryIt } from "@/components/TryIt";
import { json, mockFetch, problem } from "@/test/fetchMock";
import type { Template } from "@/lib/api/types";

const template: Template = {
  id: "greeting",
  version: "1.0.0",
  description: null,
  template: "Hello {{ name }}",
  inputs: { name: { type: "string", required: true, default: null } },
  metadata: null,
};

function renderTryIt() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <TryIt template={template} stale={false} />
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("TryIt", () => {
  it("should_show_the_rendered_text_when_the_inputs_are_filled", async () => {
    // given
    mockFetch((call) => json(200, { rendered: `Hello ${(call.body as { inputs: { name: string } }).inputs.name}`, inputs_used: {} }));
    renderTryIt();
    expect(screen.getByText("Fix the highlighted inputs to see the preview.")).toBeInTheDocument();

    // when
    await userEvent.type(screen.getByRole("textbox", { name: /name/ }), "Ada");

    // then
    expect(await screen.findByText("Hello Ada")).toBeInTheDocument();
  });

  it("should_show_the_render_error_inline_when_the_server_refuses", async () => {
    // given
    mockFetch(() => problem(422, "render failed: loop limit", [{ field: "name", message: "is too long" }]));
    renderTryIt();

    // when
    await userEvent.type(screen.getByRole("textbox", { name: /name/ }), "Ada");

    // then
    expect(await screen.findByTestId("render-error")).toHaveTextContent("render failed: loop limit");
    expect(screen.getByText("name is too long")).toBeInTheDocument();
  });
});

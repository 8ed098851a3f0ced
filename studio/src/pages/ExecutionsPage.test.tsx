import { afterEach, describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { ExecutionsPage } from "@/pages/ExecutionsPage";
import { json, mockFetch, problem } from "@/test/fetchMock";

function renderPage() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter>
        <ExecutionsPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const row = {
  call_id: "j1:echo:0", prompt_id: "greeting", version: "1.0.0", inputs_json: {}, output_text: "Hello Ada", provider: "echo", model: "echo",
  tokens_in: 3, tokens_out: 3, cost_usd: 0, latency_ms: 12, created_at: "2026-11-20T10:00:00Z", job_id: "j1", batch_id: null, status: "succeeded", error: null, attempts: 1,
};

afterEach(() => vi.unstubAllGlobals());

describe("ExecutionsPage", () => {
  it("should_say_the_log_is_not_available_when_the_server_lacks_the_route", async () => {
    // given
    mockFetch(() => problem(404, "No static resource api/executions."));

    // when
    renderPage();

    // then
    expect(await screen.findByTestId("not-available")).toHaveTextContent("GET /api/executions");
  });

  it("should_list_calls_and_send_the_filters_when_applied", async () => {
    // given
    const calls = mockFetch(() => json(200, { items: [row, { ...row, call_id: "j1:echo/b:0", model: "echo/b", status: "failed", error: "boom", output_text: null }], next_cursor: null }));
    renderPage();
    expect(await screen.findByText("Hello Ada")).toBeInTheDocument();
    expect(screen.getByText("boom")).toBeInTheDocument();

    // when
    await userEvent.type(screen.getByLabelText("Model"), "echo");
    await userEvent.click(screen.getByRole("button", { name: "Apply" }));

    // then
    await vi.waitFor(() => expect(calls.at(-1)?.url).toBe("/api/executions?model=echo&limit=200"));
  });

  it("should_explain_what_to_do_when_nothing_was_logged", async () => {
    // given
    mockFetch(() => json(200, { items: [], next_cursor: null }));

    // when
    renderPage();

    // then
    expect(await screen.findByText("No calls logged yet")).toBeInTheDocument();
  });

  it("should_say_every_call_cost_nothing_instead_of_an_empty_cost_chart_when_all_costs_are_zero", async () => {
    // given
    mockFetch(() => json(200, { items: [row, { ...row, call_id: "j1:echo/b:0", model: "echo/b" }], next_cursor: null }));

    // when
    renderPage();

    // then
    expect(await screen.findByTestId("cost-all-zero")).toHaveTextContent("All 2 calls loaded cost $0");
  });

  it("should_keep_the_cost_chart_when_a_call_cost_something", async () => {
    // given
    mockFetch(() => json(200, { items: [row, { ...row, call_id: "j1:fake/a:0", model: "fake/a", cost_usd: 0.00008 }], next_cursor: null }));

    // when
    renderPage();

    // then
    expect(await screen.findByTestId("cost-chart")).toBeInTheDocument();
    expect(screen.queryByTestId("cost-all-zero")).not.toBeInTheDocument();
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Route, Routes } from "react-router";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { BatchPage } from "@/pages/BatchPage";
import { json, mockFetch, problem } from "@/test/fetchMock";

const progress = (completed: number, status = "running") => ({
  type: "batch.progress", batch_id: "b1", status, total_jobs: 2, completed_jobs: completed / 2, failed_jobs: 0,
  total_calls: 4, completed_calls: completed, total_cost_usd: 0.001 * completed, total_tokens_in: completed, total_tokens_out: completed,
});
const call = (row_index: number, model: string) => ({
  type: "call.completed", batch_id: "b1", row_index, model, provider: "echo", output: `out ${row_index} ${model}`, inputs: { name: `n${row_index}` },
  tokens_in: 1, tokens_out: 1, cost_usd: 0, latency_ms: 2, error: null,
});

function socketPlaying(events: object[]) {
  return class {
    onopen: (() => void) | null = null;
    onmessage: ((m: { data: string }) => void) | null = null;
    onerror: (() => void) | null = null;
    onclose: (() => void) | null = null;
    constructor() {
      setTimeout(() => {
        this.onopen?.();
        events.forEach((event, i) => setTimeout(() => this.onmessage?.({ data: JSON.stringify(event) }), 20 * (i + 1)));
      }, 0);
    }
    close() {}
  };
}

function renderBatch() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter initialEntries={["/batches/b1"]}>
        <Routes>
          <Route path="/batches/:batchId" element={<BatchPage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("BatchPage", () => {
  it("should_reach_100_percent_and_fill_the_grid_when_live_events_arrive", async () => {
    // given
    vi.stubGlobal("WebSocket", socketPlaying([call(0, "echo"), progress(1), call(0, "echo/b"), call(1, "echo"), call(1, "echo/b"), progress(4, "completed")]));
    mockFetch((c) => (c.url.includes("/results") ? json(200, []) : json(200, progress(0, "queued"))));

    // when
    renderBatch();

    // then
    await waitFor(() => expect(screen.getByTestId("batch-percent")).toHaveTextContent("100%"));
    expect(screen.getByText("completed")).toBeInTheDocument();
    expect(screen.getByText("Cost $0.004000")).toBeInTheDocument();
    expect(screen.getByText("finished")).toBeInTheDocument();
    expect(screen.getByText("out 1 echo/b")).toBeInTheDocument();
    expect(screen.getAllByRole("row")).toHaveLength(3);
    expect(screen.getByRole("button", { name: "Cancel" })).toBeDisabled();
  });

  it("should_show_columns_in_the_submitted_model_order_when_another_model_answers_first", async () => {
    // given
    vi.stubGlobal("WebSocket", socketPlaying([call(0, "echo/b"), call(0, "echo"), progress(4, "completed")]));
    mockFetch((c) => (c.url.includes("/results") ? json(200, []) : json(200, { ...progress(0, "queued"), models: ["echo", "echo/b"] })));

    // when
    renderBatch();

    // then
    await waitFor(() => expect(screen.getByTestId("batch-percent")).toHaveTextContent("100%"));
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Row", "Inputs", "echo", "echo/b"]);
    expect(screen.getByText("name=n0")).toBeInTheDocument();
  });

  it("should_title_the_page_with_the_batch_name_and_allow_cancel_while_the_batch_runs", async () => {
    // given
    vi.stubGlobal("WebSocket", socketPlaying([]));
    const calls = mockFetch((c) =>
      c.url.includes("/results") ? json(200, []) : c.method === "POST" ? json(202, { batch_id: "b1", cancel_requested_jobs: 1 }) : json(200, { ...progress(2), name: "nightly run" }),
    );
    renderBatch();

    // when
    await userEvent.click(await screen.findByRole("button", { name: "Cancel" }));

    // then
    expect(screen.getByRole("heading", { name: "nightly run" })).toBeInTheDocument();
    await waitFor(() => expect(calls.some((c) => c.method === "POST" && c.url === "/api/batches/b1/cancel")).toBe(true));
  });

  it("should_disable_cancel_when_the_batch_is_final", async () => {
    // given
    vi.stubGlobal("WebSocket", socketPlaying([]));
    mockFetch((c) => (c.url.includes("/results") ? json(200, []) : json(200, { ...progress(4, "cancelled"), name: "old run" })));

    // when
    renderBatch();

    // then
    expect(await screen.findByRole("heading", { name: "old run" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Cancel" })).toBeDisabled();
  });

  it("should_show_the_server_detail_when_the_batch_is_unknown", async () => {
    // given
    vi.stubGlobal("WebSocket", socketPlaying([]));
    mockFetch(() => problem(404, "no batch 'b1'"));

    // when
    renderBatch();

    // then
    expect(await screen.findByText("no batch 'b1'")).toBeInTheDocument();
  });
});

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

function renderBatch(url = "/batches/b1") {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter initialEntries={[url]}>
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

  it("should_say_why_every_row_failed_instead_of_a_green_completed_with_an_empty_grid", async () => {
    // given
    vi.stubGlobal("WebSocket", socketPlaying([]));
    mockFetch((c) =>
      c.url.includes("/failures")
        ? json(200, { batch_id: "b1", truncated: false, items: [0, 1].map((i) => ({ row_index: i, status: "failed", error: `'city' is undefined (row ${i})`, inputs: { name: `n${i}` } })) })
        : c.url.includes("/results") ? json(200, []) : json(200, { ...progress(0, "completed"), failed_jobs: 2 }),
    );

    // when
    renderBatch();

    // then
    expect(await screen.findByText("Every row failed (2 of 2)")).toBeInTheDocument();
    expect(screen.getAllByTestId("row-failure").map((li) => li.textContent)).toEqual([
      "Row 1: 'city' is undefined (row 0) — name=n0",
      "Row 2: 'city' is undefined (row 1) — name=n1",
    ]);
    expect(screen.getByTestId("batch-status")).toHaveTextContent("failed");
    expect(screen.getByTestId("no-results")).toHaveTextContent("every row failed before it was sent");
  });

  it("should_fetch_no_failures_when_no_row_failed", async () => {
    // given
    vi.stubGlobal("WebSocket", socketPlaying([call(0, "echo"), progress(4, "completed")]));
    const calls = mockFetch((c) => (c.url.includes("/results") ? json(200, []) : json(200, progress(0, "queued"))));

    // when
    renderBatch();

    // then
    await waitFor(() => expect(screen.getByTestId("batch-percent")).toHaveTextContent("100%"));
    expect(calls.some((c) => c.url.includes("/failures"))).toBe(false);
    expect(screen.queryByTestId("row-failures")).not.toBeInTheDocument();
  });

  it("should_count_the_cells_on_screen_when_the_progress_snapshot_lags_behind", async () => {
    // given: the server still says queued with nothing done, the socket already delivered two calls
    vi.stubGlobal("WebSocket", socketPlaying([call(0, "echo"), call(1, "echo")]));
    mockFetch((c) => (c.url.includes("/results") ? json(200, []) : json(200, progress(0, "queued"))));

    // when
    renderBatch();

    // then
    await waitFor(() => expect(screen.getByTestId("batch-counts")).toHaveTextContent("2/4 calls"));
    expect(screen.getByTestId("batch-status")).toHaveTextContent("running");
    expect(screen.getByTestId("batch-percent")).toHaveTextContent("50%");
  });

  it("should_open_a_cell_in_the_side_panel_with_the_prompt_as_sent_and_link_to_executions", async () => {
    // given
    vi.stubGlobal("WebSocket", socketPlaying([]));
    mockFetch((c) =>
      c.url.startsWith("/api/executions/")
        ? json(200, { call_id: "b1-0:echo:0", job_id: "b1-0", batch_id: "b1", row_index: 0, template_id: "t", version: "1.0.0", model: "echo", provider: "echo",
            status: "succeeded", inputs: { name: "n0" }, prompt: "Say hi to n0", output: "out 0 echo", tokens_in: 4, tokens_out: 3, cost_usd: 0, priced: true,
            latency_ms: 2, attempts: 1, error: null, created_at: "2026-11-20T10:00:00Z" })
        : c.url.includes("/results")
          ? json(200, [{ ...call(0, "echo"), call_id: "b1-0:echo:0" }])
          : json(200, progress(4, "completed")),
    );
    renderBatch();
    expect(await screen.findByRole("link", { name: /Calls in Executions/ })).toHaveAttribute("href", "/executions?batch_id=b1");

    // when
    await userEvent.click(await screen.findByRole("button", { name: "Row 1, echo: open the call" }));

    // then
    expect(await screen.findByTestId("call-prompt")).toHaveTextContent("Say hi to n0");
    expect(screen.getByTestId("call-numbers")).toHaveTextContent("4→3");
    expect(screen.getByRole("link", { name: "Open this call in Executions" })).toHaveAttribute("href", "/executions?job_id=b1-0&call=b1-0%3Aecho%3A0");
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByTestId("side-panel")).not.toBeInTheDocument());
  });

  it("should_reopen_the_panel_from_the_url_and_say_so_when_the_call_is_unknown", async () => {
    // given
    vi.stubGlobal("WebSocket", socketPlaying([]));
    mockFetch((c) =>
      c.url.startsWith("/api/executions/") ? problem(404, "no call 'nope' is logged") : c.url.includes("/results") ? json(200, []) : json(200, progress(4, "completed")),
    );

    // when
    renderBatch("/batches/b1?call=nope");

    // then
    expect(await screen.findByText("no call 'nope' is logged")).toBeInTheDocument();
  });
});

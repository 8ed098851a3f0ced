import { afterEach, describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import { RouterProvider, createMemoryRouter } from "react-router";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { BatchPage } from "@/pages/BatchPage";
import { json, mockFetch } from "@/test/fetchMock";
import { formatTime } from "@/lib/format";

const batch = (lane: string | undefined, expected: string | null) => ({
  batch_id: "b1", name: "nightly", template_id: "t", version: "1.0.0", models: ["openai/gpt-4o-mini"], status: "running",
  total_jobs: 2, completed_jobs: 0, failed_jobs: 0, total_calls: 2, completed_calls: 0, total_cost_usd: 0,
  total_tokens_in: 0, total_tokens_out: 0, created_at: "2026-03-01T10:00:00Z", completed_at: null,
  ...(lane === undefined ? {} : { lane, expected_completion_by: expected }),
});

/** No WebSocket here: the page polls the batch. */
class ClosedSocket {
  onopen: (() => void) | null = null;
  onmessage: ((m: { data: string }) => void) | null = null;
  onerror: (() => void) | null = null;
  onclose: (() => void) | null = null;
  constructor() {
    setTimeout(() => this.onclose?.(), 0);
  }
  close() {}
}

function open(answer: object) {
  vi.stubGlobal("WebSocket", ClosedSocket);
  mockFetch((c) => {
    const path = new URL(c.url, "http://studio").pathname;
    if (path === "/api/batches/b1") return json(200, answer);
    if (path === "/api/templates/t") return json(200, { id: "t", version: "1.0.0", template: "x", inputs: {}, metadata: {} });
    if (path.endsWith("/failures")) return json(200, { items: [], next_cursor: null });
    return json(200, []);
  });
  const router = createMemoryRouter([{ path: "/batches/:batchId", element: <BatchPage /> }], { initialEntries: ["/batches/b1"] });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("BatchPage lane", () => {
  it("should_show_the_batch_lane_and_its_expected_completion_when_the_batch_runs_on_the_batch_lane", async () => {
    // given
    const expected = "2026-03-02T10:00:00Z";

    // when
    open(batch("batch", expected));

    // then
    const lane = await screen.findByTestId("batch-lane", undefined, { timeout: 5000 });
    expect(lane).toHaveTextContent("batch lane");
    expect(lane).toHaveTextContent(`results expected by ${formatTime(expected)}`);
  });

  it("should_show_the_online_lane_without_an_expected_completion_when_the_batch_runs_online", async () => {
    // when
    open(batch("online", null));

    // then
    const lane = await screen.findByTestId("batch-lane", undefined, { timeout: 5000 });
    expect(lane).toHaveTextContent("online lane");
    expect(lane).not.toHaveTextContent("results expected by");
  });

  it("should_show_no_lane_when_the_server_reports_none", async () => {
    // when
    open(batch(undefined, null));

    // then
    expect(await screen.findByTestId("batch-percent", undefined, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByTestId("batch-lane")).not.toBeInTheDocument();
  });
});

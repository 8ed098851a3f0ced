import { afterEach, describe, expect, it, vi } from "vitest";
import type { ReactNode } from "react";
import { act, renderHook, waitFor } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { applyEvent, useCompareRun, type CompareState } from "@/lib/useCompareRun";
import { json, mockFetch, problem } from "@/test/fetchMock";

const echo = { output: "Hi", provider: "echo", model: "echo", tokens_in: 1, tokens_out: 1, cost_usd: 0, latency_ms: 3, error: null };
const broken = { ...echo, model: "nope/x", provider: "nope", output: "", error: "unknown provider nope" };

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>;
}

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

/** A socket that opens, then plays the given events, as the gateway's /ws/events would. */
function playingSocket(events: object[]) {
  return class {
    static urls: string[] = [];
    onopen: (() => void) | null = null;
    onmessage: ((m: { data: string }) => void) | null = null;
    onerror: (() => void) | null = null;
    onclose: (() => void) | null = null;
    constructor(url: string) {
      (this.constructor as unknown as { urls: string[] }).urls.push(url);
      setTimeout(() => {
        this.onopen?.();
        events.forEach((event, i) => setTimeout(() => this.onmessage?.({ data: JSON.stringify(event) }), 10 + 400 * i));
      }, 0);
    }
    close() {}
  };
}

afterEach(() => vi.unstubAllGlobals());

describe("live compare events", () => {
  const running: CompareState = { phase: "running", jobId: "j1", columns: [{ model: "echo" }, { model: "nope/x" }] };

  it("should_fill_one_column_when_a_call_completes", () => {
    // when
    const next = applyEvent(running, { type: "call.completed", job_id: "j1", ...echo });

    // then
    expect(next.columns[0].result?.output).toBe("Hi");
    expect(next.columns[1].result).toBeUndefined();
    expect(next.phase).toBe("running");
  });

  it("should_fill_every_column_and_finish_when_the_job_completes", () => {
    // given
    const result = { results: [echo, broken], total_cost_usd: 0, total_tokens_in: 1, total_tokens_out: 1, total_time_ms: 3, successful_count: 1, failed_count: 1 };

    // when
    const next = applyEvent(running, { type: "job.completed", event: "job.completed", status: "completed", result });

    // then
    expect(next.phase).toBe("done");
    expect(next.columns.map((c) => c.result?.error ?? "ok")).toEqual(["ok", "unknown provider nope"]);
    expect(next.totals?.failed_count).toBe(1);
  });

  it("should_finish_as_failed_when_the_job_completes_cancelled", () => {
    // when
    const next = applyEvent(running, { type: "job.completed", job_type: "compare", status: "cancelled" });

    // then
    expect(next.phase).toBe("failed");
    expect(next.jobStatus).toBe("cancelled");
  });

  it("should_ignore_events_of_other_kinds", () => {
    // when
    const next = applyEvent(running, { type: "batch.progress", completed_calls: 1 });

    // then
    expect(next).toBe(running);
  });
});

describe("useCompareRun", () => {
  it("should_fall_back_to_the_synchronous_route_when_the_job_api_is_missing", async () => {
    // given
    const result = { results: [echo], total_cost_usd: 0, total_tokens_in: 1, total_tokens_out: 1, total_time_ms: 3, successful_count: 1, failed_count: 0 };
    mockFetch((call) => (call.url === "/api/jobs" ? problem(404, "No static resource api/jobs.") : json(200, result)));
    const { result: hook } = renderHook(() => useCompareRun(), { wrapper });

    // when
    await act(() => hook.current.run("greeting", { name: "Ada" }, ["echo"], {}));

    // then
    expect(hook.current.state.phase).toBe("done");
    expect(hook.current.state.via).toBe("sync");
    expect(hook.current.state.columns[0].result?.output).toBe("Hi");
  });

  it("should_report_unavailable_when_neither_route_exists", async () => {
    // given
    mockFetch(() => problem(404, "No static resource."));
    const { result: hook } = renderHook(() => useCompareRun(), { wrapper });

    // when
    await act(() => hook.current.run("greeting", {}, ["echo"], {}));

    // then
    expect(hook.current.state.phase).toBe("unavailable");
  });

  it("should_report_the_failure_when_the_inputs_are_refused", async () => {
    // given
    mockFetch(() => problem(422, "name is required"));
    const { result: hook } = renderHook(() => useCompareRun(), { wrapper });

    // when
    await act(() => hook.current.run("greeting", {}, ["echo"], {}));

    // then
    expect(hook.current.state.phase).toBe("failed");
    expect(hook.current.state.error).toMatchObject({ status: 422, detail: "name is required" });
  });

  it("should_fill_columns_one_by_one_when_events_arrive_over_the_websocket", async () => {
    // given
    const result = { results: [echo, broken], total_cost_usd: 0, total_tokens_in: 1, total_tokens_out: 1, total_time_ms: 3, successful_count: 1, failed_count: 1 };
    const Socket = playingSocket([
      { type: "call.completed", job_id: "j1", ...echo },
      { type: "job.completed", job_id: "j1", status: "completed", result },
    ]);
    vi.stubGlobal("WebSocket", Socket);
    const calls = mockFetch(() => json(202, { job_id: "j1", status: "queued" }));
    const { result: hook } = renderHook(() => useCompareRun(), { wrapper });

    // when
    await act(() => hook.current.run("greeting", { name: "Ada" }, ["echo", "nope/x"], { temperature: 0.2 }));

    // then the first column fills before the job completes
    await waitFor(() => expect(hook.current.state.columns[0].result?.output).toBe("Hi"));
    expect(hook.current.state.phase).toBe("running");
    expect(hook.current.state.columns[1].result).toBeUndefined();
    await waitFor(() => expect(hook.current.state.phase).toBe("done"));
    expect(hook.current.state.columns[1].result?.error).toBe("unknown provider nope");
    expect(Socket.urls[0]).toMatch(/\/ws\/events\?job_id=j1$/);
    expect(calls[0]).toMatchObject({
      method: "POST",
      url: "/api/jobs",
      body: { type: "compare", template_id: "greeting", inputs: { name: "Ada" }, models: ["echo", "nope/x"], params: { temperature: 0.2 } },
    });
    expect(calls[0].headers["Idempotency-Key"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("should_poll_the_job_when_the_websocket_is_not_there", async () => {
    // given
    vi.stubGlobal("WebSocket", ClosedSocket);
    const result = { results: [echo], total_cost_usd: 0, total_tokens_in: 1, total_tokens_out: 1, total_time_ms: 3, successful_count: 1, failed_count: 0 };
    mockFetch((call) =>
      call.method === "POST" ? json(202, { job_id: "j1", status: "queued" }) : json(200, { job_id: "j1", status: "completed", result }),
    );
    const { result: hook } = renderHook(() => useCompareRun(), { wrapper });

    // when
    await act(() => hook.current.run("greeting", {}, ["echo"], {}));

    // then
    await waitFor(() => expect(hook.current.state.phase).toBe("done"), { timeout: 4000 });
    expect(hook.current.state.via).toBe("polling");
    expect(hook.current.state.columns[0].result?.output).toBe("Hi");
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { ComparePage } from "@/pages/ComparePage";
import { json, mockFetch, type Call } from "@/test/fetchMock";

const template = { id: "greeting", version: "1.1.0", description: null, template: "Hello {{ name }}", inputs: { name: { type: "string", required: true, default: null } }, metadata: null };
const result = (output: string, error: string | null = null) => ({ output, provider: "echo", model: "echo", tokens_in: 0, tokens_out: 0, cost_usd: 0, latency_ms: 0, error });

/** No WebSocket here: the page follows each job by polling it. */
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

function serve(jobs: Call[]) {
  return mockFetch((call) => {
    if (call.url.startsWith("/api/templates/greeting/versions")) {
      return json(200, { items: [{ version: "1.1.0", created_at: "", content_hash: "", labels: ["production"] }, { version: "1.0.0", created_at: "", content_hash: "", labels: [] }], next_cursor: null });
    }
    if (call.url.startsWith("/api/templates/greeting")) return json(200, template);
    if (call.url === "/api/templates") return json(200, ["greeting"]);
    if (call.url === "/api/models") return json(200, { items: [{ model: "echo", provider: "echo", provider_usable: true }] });
    if (call.method === "POST" && call.url === "/api/jobs") {
      jobs.push(call);
      return json(202, { job_id: `job-${jobs.length}`, status: "queued", created: true });
    }
    if (call.url === "/api/jobs/job-1") {
      return json(200, { job_id: "job-1", status: "completed", result: { results: [result("Hello Ada from the old version")], total_cost_usd: 0, total_tokens_in: 0, total_tokens_out: 0, total_time_ms: 0, successful_count: 1, failed_count: 0 } });
    }
    if (call.url === "/api/jobs/job-2") {
      return json(200, { job_id: "job-2", status: "completed", result: { results: [result("", "no API key for provider echo")], total_cost_usd: 0, total_tokens_in: 0, total_tokens_out: 0, total_time_ms: 0, successful_count: 0, failed_count: 1 } });
    }
    return json(404, { detail: "not here" }, "application/problem+json");
  });
}

function open(url: string) {
  const router = createMemoryRouter([{ path: "/compare", element: <ComparePage /> }], { initialEntries: [url] });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

afterEach(() => vi.unstubAllGlobals());

describe("ComparePage", () => {
  it("restores template, versions, models and inputs from its address and runs one job per version", async () => {
    vi.stubGlobal("WebSocket", ClosedSocket);
    const jobs: Call[] = [];
    serve(jobs);
    open("/compare?template=greeting&v=1.0.0&v=production&m=echo&inputs=%7B%22name%22%3A%22Ada%22%7D");

    expect(await screen.findByRole("textbox", { name: /^name/ }, { timeout: 5000 })).toHaveValue("Ada");
    expect(await screen.findByRole("checkbox", { name: "Version 1.0.0" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Version production" })).toBeChecked();
    expect(await screen.findByRole("checkbox", { name: "echo" })).toBeChecked();

    await userEvent.click(screen.getByRole("button", { name: "Run comparison" }));

    await waitFor(() => expect(jobs).toHaveLength(2));
    expect(jobs.map((j) => j.body)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ template_id: "greeting", version: "1.0.0", models: ["echo"], inputs: { name: "Ada" } }),
        expect.objectContaining({ template_id: "greeting", label: "production", models: ["echo"], inputs: { name: "Ada" } }),
      ]),
    );
    const byVersion = Object.fromEntries(jobs.map((j, i) => [(j.body as { version?: string; label?: string }).version ?? (j.body as { label: string }).label, `job-${i + 1}`]));
    const failed = byVersion["1.0.0"] === "job-2" ? "1.0.0" : "production";
    const ok = failed === "1.0.0" ? "production" : "1.0.0";
    const good = await screen.findByTestId(`column-${ok}-echo`, {}, { timeout: 5000 });
    await waitFor(() => expect(good).toHaveTextContent("Hello Ada from the old version"), { timeout: 5000 });
    const bad = screen.getByTestId(`column-${failed}-echo`);
    await waitFor(() => expect(bad).toHaveTextContent("no API key for provider echo"), { timeout: 5000 });
    expect(bad.querySelector("[data-testid=tokens]")).toBeNull();
    expect(bad).not.toHaveTextContent("0→0");

    await userEvent.click(screen.getByRole("checkbox", { name: "Version 1.1.0" }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(jobs).toHaveLength(2);
  }, 20_000);

  it("keeps what is chosen in the address, so a shared link restores it", async () => {
    vi.stubGlobal("WebSocket", ClosedSocket);
    serve([]);
    const router = open("/compare?template=greeting");

    await userEvent.click(await screen.findByRole("checkbox", { name: "Version 1.0.0" }));
    await userEvent.click(await screen.findByRole("checkbox", { name: "echo" }));
    await userEvent.type(screen.getByRole("textbox", { name: /^name/ }), "Bo");

    await waitFor(() => {
      const search = new URLSearchParams(router.state.location.search);
      expect(search.getAll("v")).toEqual(["1.0.0"]);
      expect(search.getAll("m")).toEqual(["echo"]);
      expect(JSON.parse(search.get("inputs")!)).toEqual({ name: "Bo" });
    });
  }, 15_000);
});

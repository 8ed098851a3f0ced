import { afterEach, describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { DraftRun } from "@/components/DraftRun";
import { json, mockFetch, problem, type Call } from "@/test/fetchMock";
import type { DraftDocument } from "@/lib/api/draftRender";

const draft: DraftDocument = { template: "Hello {{ name }}", inputs: { name: { type: "string", required: true, default: null } } };
const models = {
  items: [
    { model: "echo", provider: "echo", input_per_million_usd: 0, output_per_million_usd: 0, rate_limits: {} },
    { model: "openai/gpt-4o-mini", provider: "openai", input_per_million_usd: 0.15, output_per_million_usd: 0.6, rate_limits: {} },
  ],
};
const echo = { output: "Hello Ada", provider: "echo", model: "echo", tokens_in: 2, tokens_out: 2, cost_usd: 0, latency_ms: 3, error: null };
const failed = { ...echo, model: "openai/gpt-4o-mini", provider: "openai", output: "", error: "no API key for openai" };

/** The socket is not there: the run follows the job by polling it. */
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

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

function renderRun() {
  return render(
    <QueryClientProvider client={client()}>
      <DraftRun template={draft} inputs={{ name: "Ada" }} runToken={0} />
    </QueryClientProvider>,
  );
}

function server(onJob: (call: Call) => Response) {
  return mockFetch((call) => {
    if (call.url.startsWith("/api/models")) return json(200, models);
    if (call.method === "POST" && call.url === "/api/jobs") return onJob(call);
    if (call.url.startsWith("/api/jobs/j1")) {
      return json(200, { job_id: "j1", type: "compare", status: "completed", template_id: "draft", version: "draft",
        result: { results: [echo, failed], total_cost_usd: 0, total_tokens_in: 2, total_tokens_out: 2, total_time_ms: 3, successful_count: 1, failed_count: 1 } });
    }
    return problem(404, "unexpected " + call.url);
  });
}

afterEach(() => vi.unstubAllGlobals());

describe("DraftRun", () => {
  it("should_send_the_unsaved_draft_in_place_of_a_template_id_and_show_each_models_column_with_a_failed_one_saying_why", async () => {
    // given
    vi.stubGlobal("WebSocket", ClosedSocket);
    const calls = server(() => json(202, { job_id: "j1", status: "queued", created: true }));
    renderRun();

    // when
    await userEvent.click(await screen.findByRole("checkbox", { name: "echo" }));
    await userEvent.click(screen.getByRole("checkbox", { name: "openai/gpt-4o-mini" }));
    await userEvent.click(screen.getByRole("button", { name: /Run on models/ }));

    // then
    expect(await within(await screen.findByTestId("column-echo")).findByText("Hello Ada", {}, { timeout: 5000 })).toBeInTheDocument();
    expect(within(screen.getByTestId("column-openai/gpt-4o-mini")).getByTestId("column-error")).toHaveTextContent("no API key for openai");
    const job = calls.find((c) => c.method === "POST" && c.url === "/api/jobs")!.body as Record<string, unknown>;
    expect(job).toMatchObject({ type: "compare", template: draft, inputs: { name: "Ada" }, models: ["echo", "openai/gpt-4o-mini"] });
    expect(job).not.toHaveProperty("template_id");
  }, 15_000);

  it("should_show_the_servers_refusal_in_the_columns_when_the_draft_does_not_render", async () => {
    // given
    vi.stubGlobal("WebSocket", ClosedSocket);
    server(() => problem(422, "the template reads an undefined name 'mood'"));
    renderRun();

    // when
    await userEvent.click(await screen.findByRole("checkbox", { name: "echo" }));
    await userEvent.click(screen.getByRole("button", { name: /Run on models/ }));

    // then
    expect(await within(screen.getByTestId("column-echo")).findByTestId("column-error")).toHaveTextContent("undefined name 'mood'");
  }, 15_000);

  it("should_not_run_without_a_model_or_while_inputs_are_missing", async () => {
    // given
    const calls = server(() => json(202, { job_id: "j1", status: "queued", created: true }));
    const queries = client();
    const view = render(<QueryClientProvider client={queries}><DraftRun template={draft} inputs={{ name: "Ada" }} runToken={0} /></QueryClientProvider>);

    // then: no model chosen
    expect(screen.getByRole("button", { name: /Run on models/ })).toBeDisabled();
    expect(screen.getByText("Pick at least one model")).toBeInTheDocument();

    // when: a model, but the inputs are incomplete, and the shortcut asks to run
    await userEvent.click(await screen.findByRole("checkbox", { name: "echo" }));
    view.rerender(<QueryClientProvider client={queries}><DraftRun template={draft} inputs={{}} blocked="Fill the inputs first" runToken={1} /></QueryClientProvider>);

    // then
    expect(screen.getByText("Fill the inputs first")).toBeInTheDocument();
    expect(calls.some((c) => c.method === "POST")).toBe(false);
  }, 15_000);

  it("should_run_when_the_shortcut_token_changes", async () => {
    // given
    vi.stubGlobal("WebSocket", ClosedSocket);
    const calls = server(() => json(202, { job_id: "j1", status: "queued", created: true }));
    const queries = client();
    const view = render(<QueryClientProvider client={queries}><DraftRun template={draft} inputs={{ name: "Ada" }} runToken={0} /></QueryClientProvider>);
    await userEvent.click(await screen.findByRole("checkbox", { name: "echo" }));

    // when
    view.rerender(<QueryClientProvider client={queries}><DraftRun template={draft} inputs={{ name: "Ada" }} runToken={1} /></QueryClientProvider>);

    // then
    expect(await screen.findByTestId("column-echo")).toBeInTheDocument();
    expect(calls.filter((c) => c.method === "POST" && c.url === "/api/jobs")).toHaveLength(1);
  }, 15_000);
});

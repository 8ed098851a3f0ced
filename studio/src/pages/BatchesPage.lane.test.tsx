import { afterEach, describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { BatchesPage } from "@/pages/BatchesPage";
import { json, mockFetch, problem, type Call } from "@/test/fetchMock";
import type { BatchCheck, BatchEstimate, Template } from "@/lib/api/types";

const template: Template = {
  id: "t", version: "1.0.0", description: "", template: "Hi {{ name }}", metadata: {},
  inputs: { name: { type: "string", required: true, default: null } },
};
const ROWS = "name\nAda\nBo\n";
const valid: BatchCheck = {
  template_id: "t", version: "1.0.0", total_rows: 2, valid_rows: 2, invalid_rows: 0,
  rows: [
    { row_index: 0, line: 2, valid: true, inputs: { name: "Ada" }, errors: [] },
    { row_index: 1, line: 3, valid: true, inputs: { name: "Bo" }, errors: [] },
  ],
};
const model = (name: string, provider: string, priced: boolean) => ({
  model: name, provider, tokenizer: "o200k_base", tokenizer_exact: true, calls: 2, input_tokens: 8, output_tokens_assumed: 512,
  priced, cost_usd_low: priced ? 0.0002 : null, cost_usd_high: priced ? 0.0004 : null,
});
const estimate = (lane: "online" | "batch", discounted: string[]): BatchEstimate => ({
  estimate: true, template_id: "t", version: "1.0.0", rows: 2, render_failures: 0, output_tokens_assumption: "256 per call",
  models: [model("openai/gpt-4o-mini", "openai", true), model("echo", "echo", false)],
  totals: { calls: 4, input_tokens: 16, output_tokens_assumed: 1024, cost_usd_low: 0.0002, cost_usd_high: 0.0004, fully_priced: false, unpriced_models: ["echo"] },
  submitted: false, lane,
  batch_lane: {
    lane, models: discounted, saving_usd_low: discounted.length ? 0.0001 : 0, saving_usd_high: discounted.length ? 0.0002 : 0,
    cost_usd_low: 0.0001, cost_usd_high: 0.0002, completion_window: "24h",
  },
});

function server(estimated: BatchEstimate | Response) {
  return mockFetch((c: Call) => {
    const url = new URL(c.url, "http://studio");
    if (url.pathname === "/api/templates") return json(200, ["t"]);
    if (url.pathname === "/api/templates/t") return json(200, template);
    if (url.pathname === "/api/models") return json(200, { items: [{ model: "openai/gpt-4o-mini", provider: "openai" }, { model: "echo", provider: "echo" }] });
    if (url.pathname === "/api/batches" && c.method === "GET") return json(200, { items: [], next_cursor: null });
    if (url.searchParams.get("dry_run") === "true") return json(200, valid);
    if (url.searchParams.get("estimate") === "true") return estimated instanceof Response ? estimated.clone() : json(200, estimated);
    if (url.pathname === "/api/batches") return json(202, { batch_id: "b9", total_jobs: 2, total_calls: 2, status: "queued" });
    return problem(404, "unexpected " + c.url);
  });
}

function open() {
  const router = createMemoryRouter(
    [
      { path: "/batches", element: <BatchesPage /> },
      { path: "/batches/:batchId", element: <p>batch page</p> },
    ],
    { initialEntries: ["/batches"] },
  );
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

async function fillForm(models: string[]) {
  await screen.findByRole("option", { name: "t" }, { timeout: 15000 });
  await userEvent.selectOptions(screen.getByLabelText("Template"), "t");
  fireEvent.change(screen.getByLabelText("Input rows"), { target: { value: ROWS } });
  await screen.findByText(/all valid/, undefined, { timeout: 15000 });
  for (const m of models) await userEvent.click(await screen.findByRole("checkbox", { name: m }));
}

const sent = (calls: Call[], flag: string) =>
  calls.filter((c) => c.method === "POST" && new URL(c.url, "http://studio").searchParams.get(flag) === "true");
const submissions = (calls: Call[]) =>
  calls.filter((c) => c.method === "POST" && !c.url.includes("dry_run") && !c.url.includes("estimate"));

afterEach(() => vi.unstubAllGlobals());

describe("BatchesPage lane", () => {
  it("should_submit_on_the_online_lane_when_the_user_keeps_the_default", async () => {
    // given
    const calls = server(estimate("online", []));
    open();
    await fillForm(["echo"]);

    // when
    expect(screen.getByLabelText("Lane")).toHaveValue("online");
    await userEvent.click(screen.getByRole("button", { name: "Submit 2 rows × 1 model" }));

    // then
    expect(await screen.findByText("batch page")).toBeInTheDocument();
    expect(new URL(submissions(calls)[0].url, "http://studio").searchParams.get("lane")).toBe("online");
  });

  it("should_submit_on_the_batch_lane_when_the_user_chooses_it", async () => {
    // given
    const calls = server(estimate("batch", ["openai/gpt-4o-mini"]));
    open();
    await fillForm(["openai/gpt-4o-mini"]);

    // when
    await userEvent.selectOptions(screen.getByLabelText("Lane"), "batch");
    await userEvent.click(screen.getByRole("button", { name: "Submit 2 rows × 1 model" }));

    // then
    expect(await screen.findByText("batch page")).toBeInTheDocument();
    expect(new URL(submissions(calls)[0].url, "http://studio").searchParams.get("lane")).toBe("batch");
  });

  it("should_show_the_batch_lane_saving_and_the_24_hour_wait_when_estimating_without_submitting", async () => {
    // given
    const calls = server(estimate("batch", ["openai/gpt-4o-mini"]));
    open();
    await fillForm(["openai/gpt-4o-mini", "echo"]);
    await userEvent.selectOptions(screen.getByLabelText("Lane"), "batch");

    // when
    await userEvent.click(screen.getByRole("button", { name: "Estimate cost" }));

    // then
    const saving = await screen.findByTestId("batch-lane-saving");
    expect(saving).toHaveTextContent("The batch lane saves $0.000100–$0.000200 on openai/gpt-4o-mini");
    expect(saving).toHaveTextContent("its results may take up to 24 h");
    expect(screen.getByTestId("batch-estimate")).toHaveTextContent("4 calls, $0.000200–$0.000400 at list price (no price for echo)");
    expect(screen.getByTestId("batch-estimate")).toHaveTextContent("This batch would run on the batch lane: results may take up to 24 h.");
    const query = new URL(sent(calls, "estimate")[0].url, "http://studio").searchParams;
    expect([query.get("lane"), query.get("models")]).toEqual(["batch", "openai/gpt-4o-mini,echo"]);
    expect(submissions(calls)).toHaveLength(0);
  });

  it("should_say_the_batch_lane_saves_nothing_when_no_model_has_a_discount", async () => {
    // given
    server(estimate("online", []));
    open();
    await fillForm(["echo"]);

    // when
    await userEvent.click(screen.getByRole("button", { name: "Estimate cost" }));

    // then
    expect(await screen.findByTestId("batch-lane-saving")).toHaveTextContent("The batch lane saves nothing here");
    expect(screen.getByTestId("batch-estimate")).toHaveTextContent("This batch would run on the online lane.");
  });

  it("should_hide_an_estimate_once_the_lane_changes_after_it", async () => {
    // given
    server(estimate("online", ["openai/gpt-4o-mini"]));
    open();
    await fillForm(["openai/gpt-4o-mini"]);
    await userEvent.click(screen.getByRole("button", { name: "Estimate cost" }));
    await screen.findByTestId("batch-estimate");

    // when
    await userEvent.selectOptions(screen.getByLabelText("Lane"), "auto");

    // then
    await waitFor(() => expect(screen.queryByTestId("batch-estimate")).not.toBeInTheDocument());
  });

  it("should_show_the_servers_refusal_when_the_estimate_fails", async () => {
    // given
    const calls = server(problem(400, "lane: must be online, batch or auto", [{ field: "lane", message: "must be online, batch or auto" }]));
    open();
    await fillForm(["echo"]);

    // when
    await userEvent.click(screen.getByRole("button", { name: "Estimate cost" }));

    // then
    expect(await screen.findByText("The batch could not be estimated (HTTP 400)")).toBeInTheDocument();
    expect(screen.getByText("lane: must be online, batch or auto")).toBeInTheDocument();
    expect(screen.queryByTestId("batch-estimate")).not.toBeInTheDocument();
    expect(submissions(calls)).toHaveLength(0);
  });
});

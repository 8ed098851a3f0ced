import { afterEach, describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Route, Routes } from "react-router";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { BatchesPage } from "@/pages/BatchesPage";
import { json, mockFetch, problem, type Call } from "@/test/fetchMock";
import type { BatchCheck, Template } from "@/lib/api/types";

const template: Template = {
  id: "t", version: "1.0.0", description: "", template: "{{ label }}", metadata: {},
  inputs: { label: { type: "string", required: true, default: null }, meta: { type: "object", required: false, default: null } },
};
const ROWS = 'label,meta\ntrue,\nAda,"{""k"": 1}"\n';
const mixed: BatchCheck = {
  template_id: "t", version: "1.0.0", total_rows: 2, valid_rows: 1, invalid_rows: 1,
  rows: [
    { row_index: 0, line: 2, valid: true, inputs: { label: "true", meta: null }, errors: [] },
    { row_index: 1, line: 3, valid: false, inputs: null, errors: [{ field: "meta", message: "expected an object, got a string" }] },
  ],
};
const valid: BatchCheck = { ...mixed, valid_rows: 2, invalid_rows: 0, rows: [mixed.rows[0], { ...mixed.rows[0], row_index: 1, line: 3, inputs: { label: "Ada", meta: null } }] };

function server(check: BatchCheck | Response, batches: Response = json(200, { items: [], next_cursor: null })) {
  return mockFetch((c: Call) => {
    const url = new URL(c.url, "http://studio");
    if (url.pathname === "/api/templates") return json(200, ["t"]);
    if (url.pathname === "/api/templates/t") return json(200, template);
    if (url.pathname === "/api/models") return json(200, { items: [{ model: "echo", provider: "echo" }] });
    if (url.pathname === "/api/batches" && c.method === "GET") return batches.clone();
    if (url.pathname === "/api/batches" && url.searchParams.get("dry_run") === "true") return check instanceof Response ? check.clone() : json(200, check);
    if (url.pathname === "/api/batches") return json(202, { batch_id: "b9", total_jobs: 2, total_calls: 2, status: "queued" });
    return problem(404, "unexpected " + c.url);
  });
}

function renderPage() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter initialEntries={["/batches"]}>
        <Routes>
          <Route path="/batches" element={<BatchesPage />} />
          <Route path="/batches/:batchId" element={<p>batch page</p>} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

async function pasteRows(text: string) {
  await screen.findByRole("option", { name: "t" }, { timeout: 5000 });
  await userEvent.selectOptions(screen.getByLabelText("Template"), "t");
  fireEvent.change(screen.getByLabelText("Input rows"), { target: { value: text } });
}

const dryRuns = (calls: Call[]) => calls.filter((c) => c.method === "POST" && c.url.includes("dry_run=true"));
const submissions = (calls: Call[]) => calls.filter((c) => c.method === "POST" && !c.url.includes("dry_run"));

afterEach(() => vi.unstubAllGlobals());

describe("BatchesPage", () => {
  it("should_send_the_rows_as_pasted_and_show_the_servers_inputs_and_errors_when_a_row_is_invalid", async () => {
    // given
    const calls = server(mixed);
    renderPage();

    // when
    await pasteRows(ROWS);

    // then: the server's coercion ("true" stays the string "true") and its refusal of a JSON cell for an object
    expect(await screen.findByText(/1 invalid: fix them to submit/, undefined, { timeout: 5000 })).toBeInTheDocument();
    const sent = dryRuns(calls).at(-1)!;
    expect(sent.body).toBe(ROWS);
    expect(sent.headers["Content-Type"]).toBe("text/csv");
    expect(new URL(sent.url, "http://studio").searchParams.get("template_id")).toBe("t");
    expect(screen.getByText("true")).toBeInTheDocument();
    expect(screen.getByText("meta expected an object, got a string")).toBeInTheDocument();
    expect(screen.getAllByRole("row").map((r) => [r.childNodes[0]?.textContent, r.childNodes[1]?.textContent])).toEqual([
      ["Row", "Line"],
      ["1", "2"],
      ["2", "3"],
    ]);
  });

  it("should_refuse_to_submit_while_the_server_reports_invalid_rows", async () => {
    // given
    const calls = server(mixed);
    renderPage();
    await pasteRows(ROWS);
    await screen.findByText(/1 invalid/, undefined, { timeout: 5000 });
    await userEvent.click(await screen.findByRole("checkbox", { name: "echo" }));

    // when
    await userEvent.click(screen.getByRole("button", { name: /Submit 2 rows × 1 model/ }));

    // then
    expect(screen.getByRole("alert")).toHaveTextContent("fix the 1 invalid row");
    expect(submissions(calls)).toHaveLength(0);
  });

  it("should_submit_the_raw_rows_with_the_batch_fields_as_query_parameters_when_every_row_is_valid", async () => {
    // given
    const calls = server(valid);
    renderPage();
    await pasteRows(ROWS);
    await screen.findByText(/all valid/, undefined, { timeout: 5000 });
    await userEvent.click(await screen.findByRole("checkbox", { name: "echo" }));
    await userEvent.type(screen.getByLabelText("Name (optional)"), "nightly");

    // when
    await userEvent.click(screen.getByRole("button", { name: "Submit 2 rows × 1 model" }));

    // then
    expect(await screen.findByText("batch page")).toBeInTheDocument();
    const [submitted] = submissions(calls);
    const query = new URL(submitted.url, "http://studio").searchParams;
    expect(submitted.body).toBe(ROWS);
    expect(submitted.headers["Content-Type"]).toBe("text/csv");
    expect([query.get("template_id"), query.get("models"), query.get("name")]).toEqual(["t", "echo", "nightly"]);
  });

  it("should_show_the_servers_detail_when_the_rows_cannot_be_read", async () => {
    // given
    server(problem(400, "file line 3 has 3 cells but the header has 2 columns"));
    renderPage();

    // when
    await pasteRows("label,meta\na,b\na,b,c\n");

    // then
    expect(await screen.findByText("file line 3 has 3 cells but the header has 2 columns", undefined, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByTestId("row-preview")).not.toBeInTheDocument();
  });

  it("should_list_recent_batches_from_the_server_by_name", async () => {
    // given
    server(valid, json(200, { items: [{ batch_id: "b1", name: "nightly run", template_id: "t", models: ["echo", "echo/b"], status: "running",
      total_jobs: 3, completed_jobs: 1, failed_jobs: 0, total_calls: 6, completed_calls: 2, total_cost_usd: 0, total_tokens_in: 0,
      total_tokens_out: 0, created_at: "2026-11-26T00:00:00Z", completed_at: null }], next_cursor: null }));

    // when
    renderPage();

    // then
    const link = await screen.findByRole("link", { name: "nightly run" });
    expect(link).toHaveAttribute("href", "/batches/b1");
    expect(screen.getByTestId("recent-batches")).toHaveTextContent("t · 3 rows × 2 models");
  });

  it("should_hide_recent_batches_when_the_server_has_no_batch_list", async () => {
    // given
    const calls = server(valid, problem(405, "Method Not Allowed"));

    // when
    renderPage();

    // then
    await waitFor(() => expect(calls.some((c) => c.method === "GET" && c.url.startsWith("/api/batches"))).toBe(true));
    expect(screen.queryByText("Recent batches")).not.toBeInTheDocument();
    expect(screen.queryByText("Method Not Allowed")).not.toBeInTheDocument();
  });
});

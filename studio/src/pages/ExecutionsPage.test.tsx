import { afterEach, describe, expect, it, vi } from "vitest";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { ExecutionsPage } from "@/pages/ExecutionsPage";
import { json, mockFetch, problem, type Call } from "@/test/fetchMock";

let location = "";
function Where() {
  location = useLocation().pathname + useLocation().search;
  return null;
}

function renderPage(url = "/executions") {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/executions" element={<><ExecutionsPage /><Where /></>} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const row = {
  call_id: "j1:echo:0", prompt_id: "greeting", version: "1.0.0", inputs_json: {}, output_text: "Hello Ada", provider: "echo", model: "echo",
  tokens_in: 3, tokens_out: 3, cost_usd: 0, latency_ms: 12, created_at: "2026-11-20T10:00:00Z", job_id: "j1", batch_id: null, status: "succeeded", error: null, attempts: 1,
};
const failed = { ...row, call_id: "j1:echo/b:0", model: "echo/b", status: "failed", error: "boom", output_text: null };
const group = (name: string, calls: number, errors: number, cost: number) => ({
  group: name, calls, errors, tokens_in: 1, tokens_out: 1, cost_usd: cost, latency_ms: { p50: 10, p95: 20, p99: 30 },
});

/** Answers the log, the stats and the pickers' lists. */
function server(log: object[], groups: object[], extra?: (c: Call) => Response | undefined) {
  return mockFetch((c) => {
    const answer = extra?.(c);
    if (answer) return answer;
    if (c.url.startsWith("/api/executions")) return json(200, { items: log, next_cursor: null });
    if (c.url.startsWith("/api/stats")) return json(200, { group_by: "model", since: null, groups });
    if (c.url.startsWith("/api/templates")) return json(200, ["greeting"]);
    if (c.url.startsWith("/api/models")) return json(200, { items: [{ model: "echo", provider: "echo" }, { model: "echo/b", provider: "echo" }] });
    if (c.url.startsWith("/api/batches")) return json(200, { items: [{ batch_id: "b1", name: "nightly", status: "completed" }], next_cursor: null });
    return problem(404, `unexpected ${c.url}`);
  });
}

afterEach(() => vi.unstubAllGlobals());

describe("ExecutionsPage", () => {
  it("should_say_the_log_is_not_available_when_the_server_lacks_the_route", async () => {
    mockFetch(() => problem(404, "No static resource api/executions."));

    renderPage();

    expect(await screen.findByTestId("not-available")).toHaveTextContent("GET /api/executions");
  }, 15_000);

  it("should_send_the_picked_filters_and_keep_them_in_the_url", async () => {
    // given
    const calls = server([row, failed], [group("echo", 2, 1, 0)]);
    renderPage();
    expect(await screen.findByText("Hello Ada")).toBeInTheDocument();
    await screen.findByRole("option", { name: "nightly (b1)" });

    // when
    await userEvent.selectOptions(screen.getByLabelText("Model"), "echo/b");
    await userEvent.selectOptions(screen.getByLabelText("Batch"), "b1");
    await userEvent.click(screen.getByRole("button", { name: "Apply" }));

    // then
    await waitFor(() => expect(calls.at(-1)?.url).toBe("/api/executions?model=echo%2Fb&batch_id=b1&limit=200"));
    expect(location).toBe("/executions?model=echo%2Fb&batch_id=b1");
  }, 15_000);

  it("should_reopen_a_link_with_its_filters_and_ask_the_server_for_the_status", async () => {
    // given
    const calls = server([failed], [group("echo", 2, 1, 0)]);

    // when
    renderPage("/executions?template_id=greeting&status=failed");

    // then
    expect(await screen.findByText("boom")).toBeInTheDocument();
    expect(calls.some((c) => c.url === "/api/executions?template_id=greeting&status=failed&limit=200")).toBe(true);
    expect(screen.getByLabelText("Status")).toHaveValue("failed");
    expect(screen.getByLabelText("Template")).toHaveValue("greeting");
  }, 15_000);

  it("should_page_the_picked_status_with_the_servers_cursor", async () => {
    // given
    const calls = server([], [group("echo", 2, 1, 0)], (c) =>
      c.url.startsWith("/api/executions?status=failed")
        ? json(200, c.url.includes("cursor=c1") ? { items: [{ ...failed, call_id: "j2:echo/b:0", error: "second" }], next_cursor: null } : { items: [failed], next_cursor: "c1" })
        : undefined,
    );
    renderPage();
    await screen.findByText("No calls logged for these filters");

    // when
    await userEvent.selectOptions(screen.getByLabelText("Status"), "failed");
    await userEvent.click(screen.getByRole("button", { name: "Apply" }));
    await userEvent.click(await screen.findByRole("button", { name: "Load more" }));

    // then
    expect(await screen.findByText("second")).toBeInTheDocument();
    expect(screen.getByText("boom")).toBeInTheDocument();
    expect(calls.map((c) => c.url)).toContain("/api/executions?status=failed&limit=200&cursor=c1");
    expect(location).toBe("/executions?status=failed");
  }, 15_000);

  it("should_chart_and_list_both_ends_of_the_range", async () => {
    // given
    const calls = server([row], [group("echo", 1, 0, 0.5)]);
    renderPage();
    await screen.findByTestId("cost-chart");

    // when
    await userEvent.type(screen.getByLabelText("Since"), "2026-11-01");
    await userEvent.type(screen.getByLabelText("Until"), "2026-12-01");
    await userEvent.click(screen.getByRole("button", { name: "Apply" }));

    // then
    await waitFor(() => expect(calls.map((c) => c.url)).toContain("/api/stats?group_by=model&since=2026-11-01&until=2026-12-01"));
    expect(calls.map((c) => c.url)).toContain("/api/executions?since=2026-11-01&until=2026-12-01&limit=200");
    expect(await screen.findByText(/1 calls from 2026-11-01 until 2026-12-01/)).toBeInTheDocument();
    expect(location).toBe("/executions?since=2026-11-01&until=2026-12-01");
  }, 15_000);

  it("should_refuse_an_until_before_since_in_the_form", async () => {
    // given
    const calls = server([row], [group("echo", 1, 0, 0.5)]);
    renderPage();
    await screen.findByTestId("cost-chart");
    const sent = calls.length;

    // when
    await userEvent.type(screen.getByLabelText("Since"), "2026-12-01");
    await userEvent.type(screen.getByLabelText("Until"), "2026-11-01");
    await userEvent.click(screen.getByRole("button", { name: "Apply" }));

    // then
    expect(screen.getByRole("alert")).toHaveTextContent("Until must be after since");
    expect(screen.getByLabelText("Until")).toHaveAttribute("aria-invalid", "true");
    expect(calls.length).toBe(sent);
    expect(location).toBe("/executions");
  }, 15_000);

  it("should_refuse_a_bad_since_in_the_form_and_keep_the_charts", async () => {
    // given
    const calls = server([row], [group("echo", 1, 0, 0.5)]);
    renderPage();
    expect(await screen.findByTestId("cost-chart")).toBeInTheDocument();
    const sent = calls.length;

    // when
    await userEvent.type(screen.getByLabelText("Since"), "yesterday");
    await userEvent.click(screen.getByRole("button", { name: "Apply" }));

    // then
    expect(screen.getByRole("alert")).toHaveTextContent("Since must be a date");
    expect(screen.getByTestId("cost-chart")).toBeInTheDocument();
    expect(calls.length).toBe(sent);
    expect(location).toBe("/executions");
  }, 15_000);

  it("should_explain_empty_charts_when_there_is_no_call", async () => {
    server([], []);

    renderPage("/executions?since=2026-11-01");

    expect(await screen.findByText("No calls logged for these filters")).toBeInTheDocument();
    expect(await screen.findByTestId("stats-empty")).toHaveTextContent("No calls since 2026-11-01.");
  }, 15_000);

  it("should_say_every_call_failed_instead_of_charting_latency", async () => {
    server([failed], [group("echo/b", 3, 3, 0)]);

    renderPage();

    expect(await screen.findByTestId("latency-all-failed")).toHaveTextContent("All 3 calls over all time failed");
    expect(screen.getByTestId("cost-all-zero")).toBeInTheDocument();
  }, 15_000);

  it("should_open_a_call_in_the_side_panel_with_its_prompt_and_close_it_with_escape", async () => {
    // given
    server([row], [group("echo", 1, 0, 0)], (c) =>
      c.url === "/api/executions/j1%3Aecho%3A0"
        ? json(200, { ...row, template_id: "greeting", inputs: { name: "Ada" }, prompt: "Say hi to Ada", output: "Hello Ada", priced: true, row_index: null })
        : undefined,
    );
    renderPage();

    // when
    await userEvent.click(await screen.findByRole("button", { name: "Open call j1:echo:0" }));

    // then
    expect(await screen.findByTestId("call-prompt")).toHaveTextContent("Say hi to Ada");
    expect(location).toBe("/executions?call=j1%3Aecho%3A0");
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByTestId("side-panel")).not.toBeInTheDocument());
    expect(location).toBe("/executions");
  }, 15_000);
});

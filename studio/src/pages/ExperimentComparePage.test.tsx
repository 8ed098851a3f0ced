import { afterEach, describe, expect, it, vi } from "vitest";
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ExperimentComparePage } from "@/pages/ExperimentComparePage";
import { ExperimentsPage } from "@/pages/ExperimentsPage";
import { renderAt } from "@/components/experiments/renderAt";
import { json, mockFetch, problem, type Call } from "@/test/fetchMock";

const listed = (id: string, name: string, extra: object = {}) => ({ experiment_id: id, name, status: "completed", template_id: "capital-of", dataset: { name: "capitals", version: 2 }, columns: [], ...extra });

function server(compare: (url: URL) => Response) {
  return mockFetch((c: Call) => {
    const url = new URL(c.url, "http://studio");
    if (url.pathname === "/api/experiments") return json(200, { items: [listed("x2", "candidate"), listed("x1", "baseline run")], next_cursor: null });
    if (url.pathname === "/api/experiments/x2/compare") return compare(url);
    return problem(404, "unexpected " + c.url);
  });
}

const NESTED = {
  baseline: "x1", candidate: "x2", regressed: 1, improved: 1, unchanged: 1,
  rows: [
    { row: 1, change: "unchanged", baseline: { pass_share: 1, mean_score: 1 }, candidate: { pass_share: 1, mean_score: 1 } },
    { row: 2, change: "improved", baseline: { pass_share: 0, mean_score: 0.1 }, candidate: { pass_share: 1, mean_score: 0.9 } },
    { row: 3, change: "regressed", baseline: { pass_share: 1, mean_score: 0.9 }, candidate: { pass_share: 0.5, mean_score: 0.4 } },
  ],
};

// A loaded machine can take longer than the default second to settle a screen.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => vi.unstubAllGlobals());

describe("ExperimentComparePage", { timeout: 20_000 }, () => {
  it("should_count_changes_and_list_regressed_rows_first_with_both_sides", async () => {
    // given
    const calls = server(() => json(200, NESTED));
    renderAt("/experiments/x2/compare", "/experiments/:experimentId/compare", <ExperimentComparePage />);
    await screen.findByRole("option", { name: /baseline run/ }, { timeout: 5000 });

    // when
    await userEvent.selectOptions(screen.getByLabelText("Baseline experiment"), "x1");

    // then
    expect(await screen.findByTestId("compare-counts")).toHaveTextContent("1 regressed1 improved1 unchanged");
    const rows = within(screen.getByRole("table", { name: "Rows compared" })).getAllByRole("row").slice(1).map((r) => r.textContent);
    expect(rows).toEqual([
      "3regressed100% passed · score 0.9050.0% passed · score 0.40",
      "2improved0% passed · score 0.10100% passed · score 0.90",
      "1unchanged100% passed · score 1.00100% passed · score 1.00",
    ]);
    expect(screen.getByTestId("location")).toHaveTextContent("/experiments/x2/compare?baseline=x1");
    expect(calls.some((c) => c.url === "/api/experiments/x2/compare?baseline=x1")).toBe(true);
    expect(screen.queryByRole("option", { name: /candidate/ })).not.toBeInTheDocument();
  });

  it("should_read_the_flat_row_shape_and_mark_rows_run_on_one_side_only", async () => {
    // given
    server(() => json(200, {
      rows: [
        { row: 4, change: "ONLY_BASELINE", baseline_pass_rate: 1, candidate_pass_rate: null, baseline_score: 1, candidate_score: null, score_delta: null },
        { row: 5, change: "regressed", baseline_pass_rate: 1, candidate_pass_rate: 0, baseline_score: 1, candidate_score: 0, score_delta: -1 },
      ],
      regressed: 1, improved: 0, unchanged: 0, only_baseline: 1, only_candidate: 0,
    }));

    // when
    renderAt("/experiments/x2/compare?baseline=x1", "/experiments/:experimentId/compare", <ExperimentComparePage />);

    // then
    await screen.findByTestId("compare-counts");
    const rows = within(screen.getByRole("table", { name: "Rows compared" })).getAllByRole("row").slice(1).map((r) => r.textContent);
    expect(rows).toEqual(["5regressed100% passed · score 1.000% passed · score 0.00", "4only baseline100% passed · score 1.00did not run"]);
  });

  it("should_show_the_server_detail_when_the_baseline_is_unknown", async () => {
    // given
    server(() => problem(404, "no experiment 'nope'"));

    // when
    renderAt("/experiments/x2/compare?baseline=nope", "/experiments/:experimentId/compare", <ExperimentComparePage />);

    // then
    expect(await screen.findByText("no experiment 'nope'")).toBeInTheDocument();
    expect(screen.queryByTestId("compare-counts")).not.toBeInTheDocument();
  });
});

describe("ExperimentsPage", { timeout: 20_000 }, () => {
  it("should_list_experiments_with_status_and_pass_rate_per_column", async () => {
    // given
    mockFetch(() => json(200, { items: [listed("x2", "candidate", { status: "running", columns: [
      { version: "1.0.0", model: "echo", pass_rate: 0.5 }, { template_version: "1.1.0", model: "echo", pass_rate: 1 }, { version: "1.2.0", model: "echo" },
    ] })], next_cursor: null }));

    // when
    renderAt("/experiments", "/experiments", <ExperimentsPage />);

    // then
    expect(await screen.findByRole("link", { name: "candidate" })).toHaveAttribute("href", "/experiments/x2");
    expect(screen.getByText("running")).toBeInTheDocument();
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual(["1.0.0 · echo 50.0%", "1.1.0 · echo 100%"]);
  });

  it("should_say_experiments_are_not_available_when_the_server_has_no_such_route", async () => {
    // given
    mockFetch(() => problem(404, "Not Found"));

    // when
    renderAt("/experiments", "/experiments", <ExperimentsPage />);

    // then
    expect(await screen.findByTestId("not-available")).toHaveTextContent("GET /api/experiments");
    await waitFor(() => expect(screen.queryByRole("table")).not.toBeInTheDocument());
  });
});

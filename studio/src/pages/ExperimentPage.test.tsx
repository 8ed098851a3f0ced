import { afterEach, describe, expect, it, vi } from "vitest";
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ExperimentPage } from "@/pages/ExperimentPage";
import { renderAt } from "@/components/experiments/renderAt";
import { json, mockFetch, problem, type Call } from "@/test/fetchMock";

const column = (version: string, extra: object = {}) => ({ version, model: "echo", batch_id: `b-${version}`, ...extra });
const experiment = (status: string, scored: number, extra: object = {}) => ({
  experiment_id: "x1", name: "caps", template_id: "capital-of", status, total_rows: 2, total_calls: 8, scored_calls: scored, passed: 3,
  dataset: { name: "capitals", version: 2 }, judge_cost_usd: 0.25, columns: [column("1.0.0"), column("1.1.0")], ...extra,
});
const result = (row: number, version: string, sample: number, passed: boolean, output: string) => ({
  row, version, model: "echo", sample, call_id: `${row}-${version}-${sample}`, succeeded: true, passed, score: passed ? 1 : 0, output, error: null,
  latency_ms: 12, tokens_in: 3, tokens_out: 4, cost_usd: 0.5, judge_cost_usd: 0, inputs: { country: `country ${row}` }, expected: `expected ${row}`,
  assertions: [{ type: "icontains", passed, score: passed ? 1 : 0, weight: 1, reason: passed ? "found Paris" : "Paris not in the output" }],
});
const RESULTS = [
  result(1, "1.0.0", 1, true, "The capital is Paris"), result(1, "1.0.0", 2, false, "The capital is Lyon"),
  result(1, "1.1.0", 1, true, "Paris is the capital"), result(1, "1.1.0", 2, true, "Paris"),
];

function socket(frames: object[] | "refused") {
  return class {
    onopen: (() => void) | null = null;
    onmessage: ((m: { data: string }) => void) | null = null;
    onerror: (() => void) | null = null;
    onclose: (() => void) | null = null;
    constructor(readonly url: string) {
      sockets.push(url);
      setTimeout(() => {
        if (frames === "refused") {
          this.onerror?.();
          return;
        }
        this.onopen?.();
        frames.forEach((f, i) => setTimeout(() => this.onmessage?.({ data: JSON.stringify(f) }), 30 * (i + 1)));
      }, 0);
    }
    close() {}
  };
}
let sockets: string[] = [];
const progress = (status: string, scored: number) => ({ type: "experiment.progress", experiment_id: "x1", status, total_calls: 8, scored_calls: scored, passed: scored - 1 });

function server(get: (n: number) => object, extra: (c: Call) => Response | undefined = () => undefined) {
  let gets = 0;
  return mockFetch((c: Call) => {
    const answer = extra(c);
    if (answer) return answer;
    const url = new URL(c.url, "http://studio");
    if (url.pathname === "/api/experiments/x1") return json(200, get(++gets));
    if (url.pathname === "/api/experiments/x1/results") return json(200, { items: RESULTS, next_cursor: null });
    return problem(404, "unexpected " + c.url);
  });
}

const open = () => renderAt("/experiments/x1", "/experiments/:experimentId", <ExperimentPage />);

// A loaded machine can take longer than the default second to settle a screen.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  vi.unstubAllGlobals();
  sockets = [];
});

describe("ExperimentPage", { timeout: 20_000 }, () => {
  it("should_follow_live_progress_frames_to_completion", async () => {
    // given
    vi.stubGlobal("WebSocket", socket([progress("running", 4), progress("completed", 8)]));
    server(() => experiment("running", 0));

    // when
    open();

    // then
    await waitFor(() => expect(screen.getByTestId("experiment-percent")).toHaveTextContent("100%"));
    expect(screen.getByTestId("experiment-status")).toHaveTextContent("completed");
    expect(sockets[0]).toMatch(/\/ws\/events\?experiment_id=x1$/);
    expect(screen.getByRole("button", { name: "Cancel" })).toBeDisabled();
  });

  it("should_poll_the_experiment_when_the_socket_is_unavailable", async () => {
    // given
    vi.stubGlobal("WebSocket", socket("refused"));
    const calls = server((n) => (n === 1 ? experiment("running", 2) : experiment("completed", 8)));

    // when
    open();

    // then
    expect(await screen.findByText("updating every 2 s")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId("experiment-status")).toHaveTextContent("completed"), { timeout: 6000 });
    expect(calls.filter((c) => c.url === "/api/experiments/x1").length).toBeGreaterThanOrEqual(2);
  });

  it("should_show_column_aggregates_with_judge_cost_apart", async () => {
    // given
    vi.stubGlobal("WebSocket", socket([]));
    server(() => experiment("completed", 8, {
      columns: [{ template_version: "1.0.0", model: "echo", results: 4, passed: 3, pass_rate: 0.75, mean_score: 0.8, p50_latency_ms: 10, p95_latency_ms: 40,
        total_cost_usd: 2, unpriced_calls: 1, cost_per_passing_usd: 0.6666, judge_cost_usd: 0.25 }],
    }));

    // when
    open();

    // then
    const row = await screen.findByTestId("column-aggregate");
    expect(within(row).getAllByRole("cell").map((c) => c.textContent)).toEqual([
      "1.0.0", "echo", "75.0% (3/4)", "0.80", "10 ms / 40 ms", "$2.0000 + 1 unpriced", "$0.6666", "$0.2500",
    ]);
  });

  it("should_show_samples_as_k_of_n_and_open_a_cell_detail", async () => {
    // given
    vi.stubGlobal("WebSocket", socket([]));
    server(() => experiment("completed", 8));
    open();
    const cell = await screen.findByRole("button", { name: "Row 1, 1.0.0 echo: 1 of 2 passed, score 0.50" });
    expect(cell).toHaveTextContent("1/2");
    expect(screen.getByRole("button", { name: "Row 1, 1.1.0 echo: 2 of 2 passed, score 1.00" })).toHaveTextContent("2/2");

    // when
    await userEvent.click(cell);

    // then
    const dialog = screen.getByRole("dialog");
    expect(within(dialog).getByText(/"country": "country 1"/)).toBeInTheDocument();
    expect(within(dialog).getByText("expected 1")).toBeInTheDocument();
    expect(within(dialog).getByText("The capital is Lyon")).toBeInTheDocument();
    expect(within(dialog).getByText("Paris not in the output")).toBeInTheDocument();
    expect(within(dialog).getAllByText(/3→4 tokens · \$0\.5000 · judge \$0 · 12 ms/)).toHaveLength(2);
  });

  it("should_diff_two_outputs_of_a_row_word_by_word", async () => {
    // given
    vi.stubGlobal("WebSocket", socket([]));
    server(() => experiment("completed", 8));
    open();
    await userEvent.click(await screen.findByRole("button", { name: "Diff outputs of row 1" }));

    // when
    await userEvent.selectOptions(screen.getByLabelText("To"), "1.1.0 · echo · sample 1");

    // then
    const parts = Array.from(screen.getByTestId("word-diff").children).map((e) => ({ tag: e.tagName, text: e.textContent }));
    const side = (drop: string) => parts.filter((p) => p.tag !== drop).map((p) => p.text).join("");
    expect(side("INS")).toBe("The capital is Paris");
    expect(side("DEL")).toBe("Paris is the capital");
    expect(parts.some((p) => p.tag === "SPAN" && p.text === "is ")).toBe(true);
    expect(parts.some((p) => p.tag === "INS")).toBe(true);
  });

  it("should_cancel_while_running", async () => {
    // given
    vi.stubGlobal("WebSocket", socket([]));
    const calls = server(() => experiment("running", 2), (c) => (c.method === "POST" ? json(202, { experiment_id: "x1", cancel_requested_batches: 2 }) : undefined));
    open();

    // when
    await userEvent.click(await screen.findByRole("button", { name: "Cancel" }));

    // then
    await waitFor(() => expect(calls.some((c) => c.method === "POST" && c.url === "/api/experiments/x1/cancel")).toBe(true));
  });

  it("should_show_the_server_detail_for_an_unknown_experiment", async () => {
    // given
    vi.stubGlobal("WebSocket", socket("refused"));
    mockFetch(() => problem(404, "no experiment 'x1'"));

    // when
    open();

    // then
    expect(await screen.findByText("no experiment 'x1'")).toBeInTheDocument();
  });
});

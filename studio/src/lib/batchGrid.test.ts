import { describe, expect, it } from "vitest";
import { inputsText, mergeCells, modelColumns } from "@/lib/batchGrid";
import type { BatchResultRow } from "@/lib/api/types";

const row = (row_index: number, model: string, output: string): BatchResultRow => ({
  row_index, model, output, inputs: {}, provider: "echo", tokens_in: 1, tokens_out: 1, cost_usd: 0, latency_ms: 1, error: null,
});

describe("batch grid", () => {
  it("should_key_cells_by_row_and_model_and_let_live_calls_fill_the_gaps", () => {
    // given
    const fetched = [row(0, "echo", "a"), row(0, "echo/b", "b")];
    const live = [{ type: "call.completed", ...row(1, "echo", "c") }, { type: "batch.progress", completed_calls: 3 }];

    // when
    const cells = mergeCells(fetched, live);

    // then
    expect(Array.from(cells.keys())).toEqual(["0|echo", "0|echo/b", "1|echo"]);
    expect(cells.get("1|echo")?.output).toBe("c");
  });

  it("should_order_columns_as_the_batch_was_submitted_when_the_first_answer_came_from_another_model", () => {
    // given
    const cells = [row(0, "echo/b", "b"), row(0, "zeta/x", "z"), row(0, "echo", "a"), row(0, "alpha/y", "y")];

    // when
    const columns = modelColumns(["echo", "echo/b"], cells);

    // then
    expect(columns).toEqual(["echo", "echo/b", "alpha/y", "zeta/x"]);
  });

  it("should_order_columns_by_name_when_the_submitted_models_are_unknown", () => {
    // when
    const columns = modelColumns([], [row(0, "echo/b", "b"), row(0, "echo", "a")]);

    // then
    expect(columns).toEqual(["echo", "echo/b"]);
  });

  it("should_show_inputs_in_the_template_order_whatever_order_they_came_in", () => {
    // when
    const fromDatabase = inputsText({ city: "Lyon", name: "Ada", extra: 3 }, ["name", "city"]);
    const fromEvent = inputsText({ name: "Ada", extra: 3, city: "Lyon" }, ["name", "city"]);

    // then
    expect(fromDatabase).toBe("name=Ada · city=Lyon · extra=3");
    expect(fromEvent).toBe(fromDatabase);
  });

  it("should_show_nothing_when_a_row_has_no_inputs", () => {
    // when / then
    expect(inputsText(undefined, ["name"])).toBe("");
  });
});

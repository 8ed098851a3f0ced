import { describe, expect, it } from "vitest";
import { mergeCells } from "@/pages/BatchPage";
import type { BatchResultRow } from "@/lib/api/types";

const row = (row_index: number, model: string, output: string): BatchResultRow => ({
  row_index, model, output, inputs: {}, provider: "echo", tokens_in: 1, tokens_out: 1, cost_usd: 0, latency_ms: 1, error: null,
});

describe("batch grid cells", () => {
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
});

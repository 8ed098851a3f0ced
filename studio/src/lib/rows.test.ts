import { describe, expect, it } from "vitest";
import { checkRows, detectFormat, parseCsv, parseJsonl, parseRows, toCsv } from "@/lib/rows";
import type { InputSpec } from "@/lib/api/types";

describe("CSV parsing", () => {
  it("should_read_quoted_fields_with_commas_quotes_and_newlines_when_they_follow_rfc_4180", () => {
    // given
    const text = 'name,note\r\nAda,"one, two"\nBob,"say ""hi""\nthen go"\n';

    // when
    const parsed = parseCsv(text);

    // then
    expect(parsed.lineErrors).toEqual([]);
    expect(parsed.rows).toEqual([
      { name: "Ada", note: "one, two" },
      { name: "Bob", note: 'say "hi"\nthen go' },
    ]);
  });

  it("should_flag_a_line_when_its_field_count_differs_from_the_header", () => {
    // given
    const text = "a,b\n1,2\n1,2,3\n";

    // when
    const parsed = parseCsv(text);

    // then
    expect(parsed.rows).toEqual([{ a: "1", b: "2" }]);
    expect(parsed.lineErrors).toEqual([{ line: 3, message: "has 3 fields where the header has 2" }]);
  });

  it("should_flag_a_quote_when_it_never_closes", () => {
    // when
    const parsed = parseCsv('a\n"open\n');

    // then
    expect(parsed.lineErrors).toContainEqual({ line: 2, message: "opens a quoted field that never closes" });
  });

  it("should_write_csv_that_reads_back_the_same_when_cells_need_quoting", () => {
    // given
    const rows = [{ a: 'x,"y"', b: "line\nbreak" }];

    // when
    const back = parseCsv(toCsv(rows));

    // then
    expect(back.rows).toEqual(rows);
  });
});

describe("JSONL parsing", () => {
  it("should_read_one_object_per_line_and_flag_lines_that_are_not_objects", () => {
    // given
    const text = '{"name":"Ada"}\n\n[1,2]\nnot json\n{"name":"Bob"}';

    // when
    const parsed = parseJsonl(text);

    // then
    expect(parsed.rows).toEqual([{ name: "Ada" }, { name: "Bob" }]);
    expect(parsed.lineErrors).toEqual([
      { line: 3, message: "is not a JSON object" },
      { line: 4, message: "is not valid JSON" },
    ]);
  });

  it("should_pick_the_format_from_the_file_name_or_the_first_character", () => {
    expect(detectFormat('{"a":1}')).toBe("jsonl");
    expect(detectFormat("a,b\n1,2")).toBe("csv");
    expect(detectFormat("a,b", "rows.jsonl")).toBe("jsonl");
    expect(detectFormat('{"a":1}', "rows.csv")).toBe("csv");
    expect(parseRows('{"a":1}').format).toBe("jsonl");
  });
});

describe("row validation against the input spec", () => {
  const spec: Record<string, InputSpec> = {
    name: { type: "string", required: true, default: null },
    age: { type: "number", required: false, default: null },
    vip: { type: "boolean", required: false, default: false },
    tags: { type: "array<string>", required: false, default: null },
    meta: { type: "object", required: false, default: null },
    tone: { type: "string", required: true, default: "warm" },
  };

  it("should_coerce_text_cells_by_type_when_a_row_is_valid", () => {
    // given
    const rows = [{ name: "Ada", age: "36", vip: "yes", tags: '["a","b"]', meta: '{"k":1}', ignored: "x" }];

    // when
    const [row] = checkRows(spec, rows);

    // then
    expect(row.errors).toEqual([]);
    expect(row.inputs).toEqual({ name: "Ada", age: 36, vip: true, tags: ["a", "b"], meta: { k: 1 } });
  });

  it("should_flag_each_problem_when_a_row_is_invalid", () => {
    // given
    const rows = [{ name: "", age: "old", meta: "[1]" }];

    // when
    const [row] = checkRows(spec, rows);

    // then
    expect(row.errors).toEqual(["name is required", 'age: expected a number, got "old"', "meta: expected a JSON object"]);
  });

  it("should_turn_one_string_into_a_one_item_list_when_the_type_is_a_list", () => {
    // when
    const [row] = checkRows(spec, [{ name: "Ada", tags: "solo" }]);

    // then
    expect(row.inputs.tags).toEqual(["solo"]);
  });

  it("should_treat_words_other_than_yes_true_y_1_as_false_when_the_type_is_boolean", () => {
    // when
    const checked = checkRows(spec, [
      { name: "a", vip: "no" },
      { name: "b", vip: "TRUE" },
      { name: "c", vip: "1" },
    ]);

    // then
    expect(checked.map((r) => r.inputs.vip)).toEqual([false, true, true]);
  });
});

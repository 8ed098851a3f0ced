import { describe, expect, it } from "vitest";
import { detectFormat } from "@/lib/rows";

describe("row format", () => {
  it("should_pick_the_format_from_the_file_name_when_one_is_given", () => {
    expect(detectFormat("a,b", "rows.jsonl")).toBe("jsonl");
    expect(detectFormat("a,b", "rows.NDJSON")).toBe("jsonl");
    expect(detectFormat('{"a":1}', "rows.csv")).toBe("csv");
  });

  it("should_pick_jsonl_when_the_text_opens_an_object_and_csv_otherwise", () => {
    expect(detectFormat('  \n{"a":1}')).toBe("jsonl");
    expect(detectFormat("a,b\n1,2")).toBe("csv");
    expect(detectFormat('a\n{"x":1}')).toBe("csv");
  });
});

import { describe, expect, it } from "vitest";
import { MAX_DIFF_CELLS, wordDiff, words } from "@/lib/wordDiff";

describe("wordDiff", () => {
  it("marks the words added and removed against the reference", () => {
    expect(wordDiff("the quick brown fox", "the slow brown fox jumps")).toEqual([
      { kind: "same", text: "the " },
      { kind: "removed", text: "quick " },
      { kind: "added", text: "slow " },
      { kind: "same", text: "brown fox " },
      { kind: "added", text: "jumps" },
    ]);
  });

  it("finds no difference between equal texts, whatever the spacing after the last word", () => {
    expect(wordDiff("same words here", "same words here")).toEqual([{ kind: "same", text: "same words here" }]);
  });

  it("gives the compared text back when its parts other than removed ones are joined", () => {
    const parts = wordDiff("a b c d", "a x c y d z")!;
    expect(parts.filter((p) => p.kind !== "removed").map((p) => p.text).join("")).toBe("a x c y d z");
  });

  it("declines texts too long to compare", () => {
    const long = "w ".repeat(Math.ceil(Math.sqrt(MAX_DIFF_CELLS)) + 1);
    expect(wordDiff(long, long)).toBeNull();
    expect(words("")).toEqual([]);
  });
});

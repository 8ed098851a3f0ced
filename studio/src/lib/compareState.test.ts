import { describe, expect, it } from "vitest";
import { compareLink, readCompareState, versionOrLabel, writeCompareState } from "@/lib/compareState";

describe("compare state in the URL", () => {
  it("reads back everything it wrote", () => {
    const state = {
      template: "greeting",
      versions: ["1.0.0", "production"],
      models: ["echo", "echo/b"],
      inputs: { name: "Ada", n: 2 },
      params: { temperature: "0.2", max_tokens: "", top_p: "" },
      reference: "1.0.0|echo",
    };

    expect(readCompareState(writeCompareState(state))).toEqual(state);
  });

  it("reads an address without state as an empty comparison, and ignores inputs that are not a JSON object", () => {
    const state = readCompareState(new URLSearchParams("template=t&inputs=%5B1%5D"));

    expect(state).toMatchObject({ template: "t", versions: [], models: [], inputs: {}, reference: undefined });
    expect(readCompareState(new URLSearchParams("inputs=%7Bnot-json")).inputs).toEqual({});
  });

  it("builds the editor's link to Compare and tells versions from labels", () => {
    expect(compareLink({ template: "a b", versions: ["1.2.0"], inputs: { x: 1 } })).toBe("/compare?template=a+b&v=1.2.0&inputs=%7B%22x%22%3A1%7D");
    expect(versionOrLabel("1.2.0")).toEqual({ version: "1.2.0" });
    expect(versionOrLabel("production")).toEqual({ label: "production" });
  });
});

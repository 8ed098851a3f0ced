import { describe, expect, it } from "vitest";
import { buildAssertions, parseAssertionText, toDrafts } from "./assertionTypes";
import { toRequest } from "./setupForm";
import { EMPTY_ASSERTIONS } from "./AssertionEditor";

describe("assertion list editor", () => {
  it("should_build_typed_maps_and_leave_empty_fields_to_the_server_defaults", () => {
    // when
    const built = buildAssertions([
      { type: "contains-any", fields: { values: "Paris\n lyon \n", weight: "2" } },
      { type: "length", fields: { min: "1", max: "", unit: "words" } },
      { type: "json-path", fields: { path: "$.a", value: "7" } },
      { type: "equals", fields: { ignore_case: "true", trim: "" } },
    ]);

    // then
    expect(built.errors).toEqual({});
    expect(built.assertions).toEqual([
      { type: "contains-any", values: ["Paris", "lyon"], weight: 2 },
      { type: "length", min: 1, unit: "words" },
      { type: "json-path", path: "$.a", value: 7 },
      { type: "equals", ignore_case: true },
    ]);
  });

  it("should_name_the_field_as_the_server_does_when_a_number_or_json_field_cannot_be_read", () => {
    // when
    const built = buildAssertions([{ type: "latency", fields: { max_ms: "soon" } }, { type: "json-schema", fields: { value: "{type:" } }]);

    // then
    expect(built.errors).toEqual({ "assertions[0].max_ms": "must be a number", "assertions[1].value": "is not valid JSON" });
  });

  it("should_turn_maps_back_into_list_rows_when_every_field_is_known", () => {
    // when
    const drafts = toDrafts([{ type: "icontains-all", values: ["a", "b"] }, { type: "json-schema", value: { type: "object" } }]);

    // then
    expect(drafts).toEqual([
      { type: "icontains-all", fields: { values: "a\nb" } },
      { type: "json-schema", fields: { value: '{"type":"object"}' } },
    ]);
  });

  it("should_refuse_list_rows_for_an_unknown_type_or_field", () => {
    expect(toDrafts([{ type: "contains", wieght: 2 }])).toBeNull();
    expect(toDrafts([{ type: "sounds-like" }])).toBeNull();
    expect(toDrafts({ type: "contains" })).toBeNull();
  });

  it("should_read_yaml_and_json_lists_in_text_mode", () => {
    expect(parseAssertionText("- {type: icontains, value: Paris}\n- type: is-json")).toEqual({ assertions: [{ type: "icontains", value: "Paris" }, { type: "is-json" }] });
    expect(parseAssertionText('[{"type": "regex", "value": "^a"}]')).toEqual({ assertions: [{ type: "regex", value: "^a" }] });
  });

  it("should_explain_text_that_is_not_a_list_of_typed_maps", () => {
    expect(parseAssertionText("type: contains")).toEqual({ error: expect.stringContaining("must be a list") });
    expect(parseAssertionText("- value: x")).toEqual({ error: "item 1 is not a map with a type" });
    expect(parseAssertionText("- {type: [")).toEqual({ error: expect.stringContaining("not valid YAML or JSON") });
  });
});

describe("experiment setup form", () => {
  const draft = {
    name: "caps", template: "capital-of", versions: ["1.0.0"], models: ["echo"], samples: "2", dataset: "capitals", datasetVersion: "",
    passThreshold: "0.8", assertions: { ...EMPTY_ASSERTIONS, drafts: [{ type: "icontains", fields: { value: "Paris" } }] },
  };

  it("should_send_the_experiment_file_shape_with_latest_dataset_version_left_out", () => {
    expect(toRequest(draft)).toEqual({
      errors: {},
      body: { name: "caps", template: "capital-of", versions: ["1.0.0"], models: ["echo"], samples: 2, dataset: { name: "capitals" }, pass_threshold: 0.8,
        assertions: [{ type: "icontains", value: "Paris" }] },
    });
  });

  it("should_not_send_and_name_each_missing_or_out_of_range_field", () => {
    // when
    const result = toRequest({ ...draft, name: " ", versions: [], samples: "21", passThreshold: "2", assertions: { ...EMPTY_ASSERTIONS, drafts: [] } });

    // then
    expect(result.body).toBeUndefined();
    expect(Object.keys(result.errors).sort()).toEqual(["assertions", "name", "pass_threshold", "samples", "versions"]);
  });
});

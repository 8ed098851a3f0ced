import { describe, expect, it } from "vitest";
import { draftOf, emptyDraft, fromYaml, toTemplate, toYaml } from "@/lib/draft";
import type { Template } from "@/lib/api/types";

const template: Template = {
  id: "greeting",
  version: "1.2.0",
  description: "Says hello",
  template: "Hello {{ name }}!\n",
  inputs: {
    name: { type: "string", required: true, default: null },
    times: { type: "number", required: false, default: 2 },
    tags: { type: "array<string>", required: false, default: ["a"] },
  },
  metadata: { tags: ["demo", "x"], owner: "ops" },
};

describe("template drafts", () => {
  it("should_round_trip_a_template_through_the_form_when_nothing_changes", () => {
    // when
    const checked = toTemplate(draftOf(template));

    // then
    expect(checked.errors).toEqual([]);
    expect(checked.template).toEqual(template);
  });

  it("should_round_trip_a_template_through_yaml", () => {
    // when
    const parsed = fromYaml(toYaml(template));

    // then
    expect(parsed.error).toBeUndefined();
    expect(parsed.template).toEqual(template);
  });

  it("should_list_what_to_fix_when_the_form_is_incomplete", () => {
    // given
    const draft = { ...emptyDraft(), id: " ", template: "" };
    draft.inputs = [{ ...draft.inputs[0], type: "number", defaultText: "many" }, { ...draft.inputs[0], key: 99, name: "name" }];

    // when
    const checked = toTemplate(draft);

    // then
    expect(checked.template).toBeUndefined();
    expect(checked.errors).toEqual(["id is required", "template text is required", "input name: default must be a number", "input name is declared twice"]);
  });

  it("should_explain_when_the_yaml_does_not_parse_or_lacks_fields", () => {
    expect(fromYaml("id: [unclosed").error).toMatch(/does not parse/);
    expect(fromYaml("- a\n- b").error).toMatch(/mapping/);
    expect(fromYaml("id: x").error).toMatch(/needs an id and a template/);
  });
});

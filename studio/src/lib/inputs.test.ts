import { describe, expect, it } from "vitest";
import { fieldsOf, initialValues, toInputs } from "@/lib/inputs";
import type { InputSpec } from "@/lib/api/types";

const spec: Record<string, InputSpec> = {
  name: { type: "string", required: true, default: null },
  count: { type: "number", required: false, default: 3 },
  loud: { type: "boolean", required: false, default: true },
  tags: { type: "array<string>", required: false, default: ["a", "b"] },
  extra: { type: "object", required: false, default: { k: 1 } },
};

describe("input form values", () => {
  it("should_start_from_each_default_shown_for_its_type_when_the_spec_has_defaults", () => {
    // given
    const fields = fieldsOf(spec);

    // when
    const values = initialValues(fields);

    // then
    expect(fields.map((f) => f.name)).toEqual(["name", "count", "loud", "tags", "extra"]);
    expect(values).toEqual({ name: "", count: "3", loud: true, tags: "a\nb", extra: '{\n  "k": 1\n}' });
  });

  it("should_build_typed_inputs_when_every_field_is_valid", () => {
    // given
    const fields = fieldsOf(spec);
    const values = { ...initialValues(fields), name: "Ada", count: "2.5", tags: "x\n\n y ", extra: '{"a": true}' };

    // when
    const { inputs, errors } = toInputs(fields, values);

    // then
    expect(errors).toEqual({});
    expect(inputs).toEqual({ name: "Ada", count: 2.5, loud: true, tags: ["x", "y"], extra: { a: true } });
  });

  it("should_flag_a_required_field_when_it_is_empty_and_has_no_default", () => {
    // given
    const fields = fieldsOf(spec);

    // when
    const { inputs, errors } = toInputs(fields, initialValues(fields));

    // then
    expect(errors).toEqual({ name: "is required" });
    expect(inputs).not.toHaveProperty("name");
  });

  it("should_leave_out_an_empty_optional_field_when_the_server_applies_its_default", () => {
    // given
    const fields = fieldsOf(spec);

    // when
    const { inputs } = toInputs(fields, { ...initialValues(fields), name: "Ada", count: "" });

    // then
    expect(inputs).not.toHaveProperty("count");
  });

  it("should_flag_a_number_and_an_object_when_they_do_not_parse", () => {
    // given
    const fields = fieldsOf(spec);

    // when
    const { errors } = toInputs(fields, { ...initialValues(fields), name: "Ada", count: "three", extra: "[1]" });

    // then
    expect(errors.count).toBe("expected a number, got 'three'");
    expect(errors.extra).toMatch(/JSON object/);
  });

  it("should_accept_a_required_field_left_empty_when_it_has_a_default", () => {
    // given
    const fields = fieldsOf({ tone: { type: "string", required: true, default: "warm" } });

    // when
    const { errors } = toInputs(fields, { tone: "" });

    // then
    expect(errors).toEqual({});
  });
});

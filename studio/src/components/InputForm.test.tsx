import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { InputForm } from "@/components/InputForm";
import { fieldsOf, initialValues } from "@/lib/inputs";
import type { InputSpec } from "@/lib/api/types";

const spec: Record<string, InputSpec> = {
  name: { type: "string", required: true, default: null, description: "Who to greet" },
  count: { type: "number", required: false, default: 3 },
  loud: { type: "boolean", required: false, default: false },
  tags: { type: "array<string>", required: false, default: null },
  extra: { type: "object", required: false, default: null },
};

function setup(errors: Record<string, string> = {}) {
  const fields = fieldsOf(spec);
  const onChange = vi.fn();
  render(<InputForm fields={fields} values={initialValues(fields)} errors={errors} onChange={onChange} />);
  return onChange;
}

describe("InputForm", () => {
  it("should_render_one_widget_per_input_by_type_when_given_a_spec", () => {
    // given / when
    setup();

    // then
    expect(screen.getByRole("textbox", { name: /name/ })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /count/ })).toHaveValue("3");
    expect(screen.getByRole("checkbox", { name: /loud/ })).not.toBeChecked();
    expect(screen.getByRole("textbox", { name: /tags/ }).tagName).toBe("TEXTAREA");
    expect(screen.getByRole("textbox", { name: /extra/ }).tagName).toBe("TEXTAREA");
    expect(screen.getByLabelText("required")).toBeInTheDocument();
    expect(screen.getByText("Who to greet")).toBeInTheDocument();
    expect(screen.getByText("Default: 3")).toBeInTheDocument();
  });

  it("should_report_each_change_when_the_user_types_or_ticks", async () => {
    // given
    const onChange = setup();
    const user = userEvent.setup();

    // when
    await user.type(screen.getByRole("textbox", { name: /name/ }), "A");
    await user.click(screen.getByRole("checkbox", { name: /loud/ }));

    // then
    expect(onChange).toHaveBeenCalledWith("name", "A");
    expect(onChange).toHaveBeenCalledWith("loud", true);
  });

  it("should_show_the_error_beside_its_field_when_a_field_is_invalid", () => {
    // given / when
    setup({ count: "expected a number, got 'x'" });

    // then
    const field = screen.getByRole("textbox", { name: /count/ });
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("alert")).toHaveTextContent("count expected a number, got 'x'");
  });

  it("should_say_so_when_the_template_has_no_inputs", () => {
    // given / when
    render(<InputForm fields={[]} values={{}} errors={{}} onChange={() => undefined} />);

    // then
    expect(screen.getByText("This template declares no inputs.")).toBeInTheDocument();
  });
});

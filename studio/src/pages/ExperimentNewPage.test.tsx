import { afterEach, describe, expect, it, vi } from "vitest";
import { configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ExperimentNewPage } from "@/pages/ExperimentNewPage";
import { renderAt } from "@/components/experiments/renderAt";
import { json, mockFetch, problem, type Call } from "@/test/fetchMock";

function server(create: () => Response) {
  return mockFetch((c: Call) => {
    const url = new URL(c.url, "http://studio");
    if (url.pathname === "/api/templates") return json(200, ["capital-of"]);
    if (url.pathname === "/api/templates/capital-of/versions")
      return json(200, { items: [{ version: "1.0.0", labels: [], created_at: "", content_hash: "" }, { version: "1.1.0", labels: ["prod"], created_at: "", content_hash: "" }], next_cursor: null });
    if (url.pathname === "/api/models") return json(200, { items: [{ model: "echo", provider: "echo" }] });
    if (url.pathname === "/api/datasets") return json(200, { items: [{ name: "capitals", latest_version: 2, row_count: 3 }], next_cursor: null });
    if (url.pathname === "/api/datasets/capitals/versions") return json(200, { items: [{ name: "capitals", version: 2, row_count: 3, source: "upload:csv" }, { name: "capitals", version: 1, row_count: 2, source: "upload:csv" }], next_cursor: null });
    if (url.pathname === "/api/experiments" && c.method === "POST") return create();
    return problem(404, "unexpected " + c.url);
  });
}

async function fillForm() {
  fireEvent.change(screen.getByLabelText("Name"), { target: { value: "caps" } });
  await screen.findByRole("option", { name: "capital-of" }, { timeout: 5000 });
  fireEvent.change(screen.getByLabelText("Template"), { target: { value: "capital-of" } });
  fireEvent.click(await screen.findByRole("checkbox", { name: "version 1.1.0" }));
  fireEvent.click(screen.getByRole("checkbox", { name: "version 1.0.0" }));
  fireEvent.click(await screen.findByRole("checkbox", { name: "echo" }));
  await screen.findByRole("option", { name: "capitals" });
  fireEvent.change(screen.getByLabelText("Dataset"), { target: { value: "capitals" } });
  await screen.findByRole("option", { name: "1 (2 rows)" });
  fireEvent.change(screen.getByLabelText("Dataset version"), { target: { value: "1" } });
  fireEvent.change(screen.getByLabelText("value"), { target: { value: "Paris" } });
}

const posts = (calls: Call[]) => calls.filter((c) => c.method === "POST");

// A loaded machine can take longer than the default second to settle a screen.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => vi.unstubAllGlobals());

describe("ExperimentNewPage", { timeout: 20_000 }, () => {
  it("should_submit_the_setup_and_open_the_experiment", async () => {
    // given
    const calls = server(() => json(202, { experiment_id: "x1", name: "caps", status: "queued", total_rows: 2, total_calls: 4, columns: [] }));
    renderAt("/experiments/new", "/experiments/new", <ExperimentNewPage />);
    await fillForm();

    // when
    await userEvent.click(screen.getByRole("button", { name: "Run the experiment" }));

    // then
    await waitFor(() => expect(screen.getByTestId("location")).toHaveTextContent("/experiments/x1"));
    expect(posts(calls)[0].body).toEqual({
      name: "caps", template: "capital-of", versions: ["1.1.0", "1.0.0"], models: ["echo"], samples: 1,
      dataset: { name: "capitals", version: "1" }, assertions: [{ type: "contains", value: "Paris" }],
    });
  });

  it("should_show_the_server_400_on_the_assertion_field_it_names", async () => {
    // given
    server(() => problem(400, "the experiment is invalid", [
      { field: "assertions[0].value", message: "must not be empty" },
      { field: "versions[1]", message: "'1.0.0' is listed twice" },
    ]));
    renderAt("/experiments/new", "/experiments/new", <ExperimentNewPage />);
    await fillForm();

    // when
    await userEvent.click(screen.getByRole("button", { name: "Run the experiment" }));

    // then
    const field = await screen.findByText("must not be empty");
    expect(field).toHaveAttribute("id", "assertions[0].value-error");
    expect(screen.getByLabelText("value")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText("versions[1]: '1.0.0' is listed twice")).toBeInTheDocument();
    expect(screen.getByTestId("location")).toHaveTextContent(/^\/experiments\/new$/);
  });

  it("should_send_assertions_written_as_yaml_in_text_mode", async () => {
    // given
    const calls = server(() => json(202, { experiment_id: "x2", status: "queued", columns: [] }));
    renderAt("/experiments/new", "/experiments/new", <ExperimentNewPage />);
    await fillForm();

    // when
    await userEvent.click(screen.getByRole("button", { name: "YAML / JSON" }));
    expect(screen.getByLabelText("Assertions as YAML or JSON")).toHaveValue("- type: contains\n  value: Paris\n");
    fireEvent.change(screen.getByLabelText("Assertions as YAML or JSON"), { target: { value: "- {type: llm-judge, rubric: names the capital, model: echo}\n- {type: latency, max_ms: 500}" } });
    await userEvent.click(screen.getByRole("button", { name: "Run the experiment" }));

    // then
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect((posts(calls)[0].body as { assertions: unknown }).assertions).toEqual([
      { type: "llm-judge", rubric: "names the capital", model: "echo" }, { type: "latency", max_ms: 500 },
    ]);
  });

  it("should_list_server_errors_on_fields_the_list_editor_cannot_show_in_text_mode", async () => {
    // given
    server(() => problem(400, "invalid", [{ field: "assertions[0].wieght", message: "is not a field of contains" }]));
    renderAt("/experiments/new", "/experiments/new", <ExperimentNewPage />);
    await fillForm();
    await userEvent.click(screen.getByRole("button", { name: "YAML / JSON" }));
    fireEvent.change(screen.getByLabelText("Assertions as YAML or JSON"), { target: { value: "- {type: contains, value: x, wieght: 2}" } });

    // when
    await userEvent.click(screen.getByRole("button", { name: "Run the experiment" }));

    // then
    const alert = await screen.findByText("is not a field of contains");
    expect(within(alert.closest("li")!).getByText("assertions[0].wieght")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "List" }));
    expect(screen.getByText("the list editor cannot show every field of this text: edit it here")).toBeInTheDocument();
  });

  it("should_list_dataset_rows_that_do_not_fit_the_template_by_row", async () => {
    // given
    server(() => json(422, { status: 422, detail: "2 dataset rows do not fit the template's inputs", errors: [
      { row: 2, version: "1.1.0", field: "inputs.country", message: "is required" },
    ] }, "application/problem+json"));
    renderAt("/experiments/new", "/experiments/new", <ExperimentNewPage />);
    await fillForm();

    // when
    await userEvent.click(screen.getByRole("button", { name: "Run the experiment" }));

    // then
    const problems = await screen.findByTestId("row-problems");
    expect(within(problems).getByText("2 dataset rows do not fit the template's inputs")).toBeInTheDocument();
    expect(within(problems).getAllByRole("row")[1]).toHaveTextContent("2inputs.countryis required");
  });

  it("should_not_submit_an_incomplete_form", async () => {
    // given
    const calls = server(() => json(202, { experiment_id: "x3" }));
    renderAt("/experiments/new", "/experiments/new", <ExperimentNewPage />);
    await screen.findByRole("option", { name: "capital-of" }, { timeout: 5000 });

    // when
    await userEvent.click(screen.getByRole("button", { name: "Run the experiment" }));

    // then
    expect(screen.getByText("is required")).toBeInTheDocument();
    expect(screen.getByText("choose at least one model")).toBeInTheDocument();
    expect(screen.getByText("choose a dataset")).toBeInTheDocument();
    expect(posts(calls)).toHaveLength(0);
  });

  it("should_say_experiments_are_not_available_when_the_server_has_no_such_route", async () => {
    // given
    server(() => problem(405, "Method Not Allowed"));
    renderAt("/experiments/new", "/experiments/new", <ExperimentNewPage />);
    await fillForm();

    // when
    await userEvent.click(screen.getByRole("button", { name: "Run the experiment" }));

    // then
    expect(await screen.findByTestId("not-available")).toHaveTextContent("POST /api/experiments");
  });
});

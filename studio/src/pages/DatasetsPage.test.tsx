import { afterEach, describe, expect, it, vi } from "vitest";
import { configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DatasetsPage } from "@/pages/DatasetsPage";
import { renderAt } from "@/components/experiments/renderAt";
import { json, mockFetch, problem, type Call } from "@/test/fetchMock";

const dataset = (name: string) => ({ name, latest_version: 2, row_count: 10, created_at: "2026-01-01T00:00:00Z", updated_at: "2026-01-02T00:00:00Z" });

function server(upload: () => Response) {
  return mockFetch((c: Call) => {
    const url = new URL(c.url, "http://studio");
    if (url.pathname === "/api/templates") return json(200, ["capital-of"]);
    if (url.pathname === "/api/datasets" && !url.searchParams.get("cursor")) return json(200, { items: [dataset("capitals")], next_cursor: "c2" });
    if (url.pathname === "/api/datasets") return json(200, { items: [dataset("older")], next_cursor: null });
    if (url.pathname === "/api/datasets/capitals/versions" && c.method === "POST") return upload();
    return problem(404, "unexpected " + c.url);
  });
}

const uploads = (calls: Call[]) => calls.filter((c) => c.method === "POST");

// A loaded machine can take longer than the default second to settle a screen.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => vi.unstubAllGlobals());

describe("DatasetsPage", { timeout: 20_000 }, () => {
  it("should_list_datasets_and_load_the_next_page_on_demand", async () => {
    // given
    server(() => json(201, {}));
    renderAt("/datasets", "/datasets", <DatasetsPage />);
    expect(await screen.findByRole("link", { name: "capitals" })).toHaveAttribute("href", "/datasets/capitals");
    expect(screen.queryByRole("link", { name: "older" })).not.toBeInTheDocument();

    // when
    await userEvent.click(screen.getByRole("button", { name: "Load more" }));

    // then
    expect(await screen.findByRole("link", { name: "older" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Load more" })).not.toBeInTheDocument();
  });

  it("should_upload_the_file_as_is_with_its_content_type_and_open_the_dataset", async () => {
    // given
    const calls = server(() => json(201, { name: "capitals", version: 3, row_count: 1, source: "upload:csv" }));
    renderAt("/datasets", "/datasets", <DatasetsPage />);
    await userEvent.type(await screen.findByLabelText("Dataset name"), "capitals");
    const file = new File(["country,__expected\nFrance,Paris\n"], "caps.csv", { type: "text/csv" });

    // when
    await userEvent.upload(screen.getByLabelText("Choose a file"), file);
    await waitFor(() => expect(screen.getByLabelText("Dataset rows")).toHaveValue("country,__expected\nFrance,Paris\n"));
    await userEvent.click(screen.getByRole("button", { name: "Upload" }));

    // then
    await waitFor(() => expect(screen.getByTestId("location")).toHaveTextContent("/datasets/capitals"));
    expect(uploads(calls)[0].body).toBe("country,__expected\nFrance,Paris\n");
    expect(uploads(calls)[0].headers["Content-Type"]).toBe("text/csv");
  });

  it("should_show_each_refused_row_by_row_and_line_and_stay_on_the_form", async () => {
    // given
    server(() => json(400, {
      status: 400, detail: "2 rows cannot be read",
      errors: [
        { row: 2, line: 3, field: null, message: "has 1 cells but the header has 2 columns" },
        { row: 5, line: 7, field: "inputs.country", message: "is required" },
      ],
    }, "application/problem+json"));
    renderAt("/datasets", "/datasets", <DatasetsPage />);
    await userEvent.type(await screen.findByLabelText("Dataset name"), "capitals");
    fireEvent.change(screen.getByLabelText("Dataset rows"), { target: { value: '{"inputs": {}}\n' } });

    // when
    await userEvent.click(screen.getByRole("button", { name: "Upload" }));

    // then
    const problems = await screen.findByTestId("row-problems");
    expect(within(problems).getByText("2 rows cannot be read")).toBeInTheDocument();
    const rows = within(problems).getAllByRole("row").slice(1).map((r) => r.textContent);
    expect(rows).toEqual(["23has 1 cells but the header has 2 columns", "57inputs.countryis required"]);
    expect(screen.getByTestId("location")).toHaveTextContent(/^\/datasets$/);
  });

  it("should_not_upload_without_a_name", async () => {
    // given
    const calls = server(() => json(201, {}));
    renderAt("/datasets", "/datasets", <DatasetsPage />);
    fireEvent.change(await screen.findByLabelText("Dataset rows"), { target: { value: "a\n1\n" } });

    // when
    await userEvent.click(screen.getByRole("button", { name: "Upload" }));

    // then
    expect(screen.getByRole("alert")).toHaveTextContent("name the dataset");
    expect(uploads(calls)).toHaveLength(0);
  });

  it("should_say_datasets_are_not_available_when_the_server_has_no_such_route", async () => {
    // given
    mockFetch(() => problem(404, "Not Found"));

    // when
    renderAt("/datasets", "/datasets", <DatasetsPage />);

    // then
    expect(await screen.findByTestId("not-available")).toHaveTextContent("Datasets is not available on this server");
  });
});

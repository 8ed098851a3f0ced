import { afterEach, describe, expect, it, vi } from "vitest";
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DatasetPage } from "@/pages/DatasetPage";
import { renderAt } from "@/components/experiments/renderAt";
import { json, mockFetch, problem, type Call } from "@/test/fetchMock";

const version = (v: number, rows: number, source = "upload:csv") => ({ name: "capitals", version: v, row_count: rows, source, template_id: null, created_at: "2026-01-01T00:00:00Z" });
const row = (n: number) => ({ row: n, inputs: { country: `c${n}` }, expected: `e${n}`, metadata: {} });

function server(extra: (c: Call, url: URL) => Response | undefined = () => undefined) {
  return mockFetch((c: Call) => {
    const url = new URL(c.url, "http://studio");
    const answer = extra(c, url);
    if (answer) return answer;
    if (url.pathname === "/api/templates") return json(200, []);
    if (url.pathname === "/api/batches") return json(200, { items: [{ batch_id: "b1", name: "nightly", template_id: "capital-of", models: ["echo", "echo/b"], status: "completed" }], next_cursor: null });
    if (url.pathname === "/api/datasets/capitals/versions") return json(200, { items: [version(2, 3), version(1, 1)], next_cursor: null });
    if (url.pathname === "/api/datasets/capitals/versions/2/rows" && !url.searchParams.get("cursor")) return json(200, { name: "capitals", version: 2, row_count: 3, items: [row(1), row(2)], next_cursor: "r3" });
    if (url.pathname === "/api/datasets/capitals/versions/2/rows") return json(200, { name: "capitals", version: 2, row_count: 3, items: [row(3)], next_cursor: null });
    if (url.pathname === "/api/datasets/capitals/versions/1/rows") return json(200, { name: "capitals", version: 1, row_count: 1, items: [{ ...row(1), inputs: { country: "old" } }], next_cursor: null });
    return problem(404, "unexpected " + c.url);
  });
}

const open = () => renderAt("/datasets/capitals", "/datasets/:name", <DatasetPage />);

// A loaded machine can take longer than the default second to settle a screen.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => vi.unstubAllGlobals());

describe("DatasetPage", { timeout: 20_000 }, () => {
  it("should_show_the_newest_version_rows_page_by_page", async () => {
    // given
    server();
    open();
    expect(await screen.findByText('{"country":"c2"}')).toBeInTheDocument();
    expect(screen.queryByText('{"country":"c3"}')).not.toBeInTheDocument();

    // when
    await userEvent.click(screen.getByRole("button", { name: "Load more rows" }));

    // then
    expect(await screen.findByText('{"country":"c3"}')).toBeInTheDocument();
    expect(screen.getByText("Rows of version 2 (3)")).toBeInTheDocument();
  });

  it("should_show_an_older_version_rows_when_it_is_picked", async () => {
    // given
    server();
    open();
    await screen.findByText('{"country":"c1"}');

    // when
    await userEvent.click(within(screen.getByRole("list", { name: "Versions" })).getByRole("button", { name: /Version 1/ }));

    // then
    expect(await screen.findByText('{"country":"old"}')).toBeInTheDocument();
    expect(screen.queryByText('{"country":"c1"}')).not.toBeInTheDocument();
  });

  it("should_make_a_version_from_a_completed_batch_with_the_chosen_expected_model", async () => {
    // given
    const calls = server((c, url) => (c.method === "POST" && url.pathname.endsWith("/from-batch") ? json(201, version(3, 20, "batch:b1")) : undefined));
    open();
    await screen.findByRole("option", { name: /nightly/ });

    // when
    await userEvent.selectOptions(screen.getByLabelText("Completed batch"), "b1");
    await userEvent.selectOptions(screen.getByLabelText("Expected output from"), "echo/b");
    await userEvent.click(screen.getByRole("button", { name: "Make a version" }));

    // then
    expect(await screen.findByText("Stored as version 3 (20 rows).")).toBeInTheDocument();
    expect(calls.find((c) => c.method === "POST")?.body).toEqual({ batch_id: "b1", expected_model: "echo/b" });
  });

  it("should_show_the_server_refusal_when_the_batch_is_not_completed", async () => {
    // given
    server((c) => (c.method === "POST" ? problem(409, "batch b1 is running, not completed") : undefined));
    open();
    await screen.findByRole("option", { name: /nightly/ });

    // when
    await userEvent.selectOptions(screen.getByLabelText("Completed batch"), "b1");
    await userEvent.click(screen.getByRole("button", { name: "Make a version" }));

    // then
    expect(await screen.findByText("batch b1 is running, not completed")).toBeInTheDocument();
  });

  it("should_delete_only_after_confirmation_and_return_to_the_list", async () => {
    // given
    const calls = server((c) => (c.method === "DELETE" ? new Response(null, { status: 204 }) : undefined));
    open();
    await userEvent.click(await screen.findByRole("button", { name: "Delete" }));
    await userEvent.click(screen.getByRole("button", { name: "Keep it" }));
    expect(calls.some((c) => c.method === "DELETE")).toBe(false);

    // when
    await userEvent.click(screen.getByRole("button", { name: "Delete" }));
    await userEvent.click(screen.getByRole("button", { name: "Delete capitals" }));

    // then
    await waitFor(() => expect(screen.getByTestId("location")).toHaveTextContent(/^\/datasets$/));
    expect(calls.filter((c) => c.method === "DELETE").map((c) => c.url)).toEqual(["/api/datasets/capitals"]);
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { TemplatesPage, matches } from "@/pages/TemplatesPage";
import { json, mockFetch, problem } from "@/test/fetchMock";
import type { Template } from "@/lib/api/types";

const greeting: Template = { id: "greeting", version: "1.0.0", description: "Says hello", template: "Hi", inputs: {}, metadata: { tags: ["demo"] } };
const review: Template = { id: "code_review", version: "2.0.0", description: "Reviews a diff", template: "x", inputs: {}, metadata: { tags: ["engineering"] } };

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <TemplatesPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("template search", () => {
  it("should_match_every_word_in_id_description_or_tags", () => {
    expect(matches("greeting", greeting, "hello DEMO")).toBe(true);
    expect(matches("greeting", greeting, "greet")).toBe(true);
    expect(matches("greeting", greeting, "hello engineering")).toBe(false);
    expect(matches("greeting", undefined, "greet")).toBe(true);
  });
});

describe("TemplatesPage", () => {
  it("should_list_templates_and_filter_them_as_the_user_types", async () => {
    // given
    mockFetch((call) =>
      call.url === "/api/templates" ? json(200, ["code_review", "greeting"]) : json(200, call.url.includes("greeting") ? greeting : review),
    );
    renderPage();
    await screen.findByText("Reviews a diff");

    // when
    await userEvent.type(screen.getByLabelText("Search templates by id, description or tag"), "engineering");

    // then
    expect(screen.getByRole("link", { name: "code_review" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "greeting" })).not.toBeInTheDocument();
  });

  it("should_invite_creating_one_when_there_are_no_templates", async () => {
    // given
    mockFetch(() => json(200, []));

    // when
    renderPage();

    // then
    expect(await screen.findByText("No templates yet")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Create your first template" })).toHaveAttribute("href", "/templates/new");
  });

  it("should_show_the_server_detail_when_the_list_fails", async () => {
    // given
    mockFetch(() => problem(503, "the registry is unreachable"));

    // when
    renderPage();

    // then
    expect(await screen.findByText("the registry is unreachable")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { useState } from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { ModelPicker } from "@/components/ModelPicker";
import { json, mockFetch, problem } from "@/test/fetchMock";

const models = {
  items: [
    { model: "openai/gpt-4o-mini", provider: "openai", input_per_million_usd: 0.15, output_per_million_usd: 0.6, rate_limits: { max_concurrent: 256 } },
    { model: "echo", provider: "echo", input_per_million_usd: 0, output_per_million_usd: 0, rate_limits: { max_concurrent: 256 } },
    { model: "local/x", provider: "local", input_per_million_usd: null, output_per_million_usd: null, rate_limits: {} },
  ],
  prices_as_of: "2026-11-01",
};

function Picker() {
  const [value, setValue] = useState<string[]>([]);
  return (
    <>
      <ModelPicker value={value} onChange={setValue} />
      <output data-testid="chosen">{value.join(",")}</output>
    </>
  );
}

function renderPicker() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <Picker />
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("ModelPicker", () => {
  it("should_list_each_model_by_name_with_its_prices_when_the_server_lists_models", async () => {
    // given
    mockFetch(() => json(200, models));

    // when
    renderPicker();

    // then
    expect(await screen.findByRole("checkbox", { name: "openai/gpt-4o-mini" })).toBeInTheDocument();
    expect(screen.getByText("openai · $0.15/$0.6 per M tokens")).toBeInTheDocument();
    expect(screen.getByText("echo · $0/$0 per M tokens")).toBeInTheDocument();
    expect(screen.getAllByText("local").length).toBeGreaterThan(0);
  }, 15_000);

  it("groups models by provider and says which providers have a key on the server", async () => {
    mockFetch(() =>
      json(200, {
        items: [
          { ...models.items[0], provider_usable: true },
          { ...models.items[1], provider_usable: true },
          { model: "anthropic/claude-x", provider: "anthropic", provider_usable: false },
          { ...models.items[2], provider_usable: null },
        ],
      }),
    );
    renderPicker();

    const openai = await screen.findByRole("group", { name: "openai models" });
    expect(openai).toHaveTextContent("key set");
    expect(screen.getByRole("group", { name: "anthropic models" })).toHaveTextContent("no key on the server");
    expect(screen.getByRole("group", { name: "local models" })).toHaveTextContent("key unknown");
    expect(screen.getAllByRole("group").map((g) => g.getAttribute("aria-label")).filter(Boolean)).toEqual([
      "echo models", "anthropic models", "local models", "openai models",
    ]);
  }, 15_000);

  it("shows only the models matching the search", async () => {
    mockFetch(() => json(200, models));
    renderPicker();
    await screen.findByRole("checkbox", { name: "echo" });

    await userEvent.type(screen.getByRole("searchbox", { name: "Search models" }), "gpt");

    expect(screen.getByRole("checkbox", { name: "openai/gpt-4o-mini" })).toBeInTheDocument();
    expect(screen.queryByRole("checkbox", { name: "echo" })).not.toBeInTheDocument();
    await userEvent.clear(screen.getByRole("searchbox", { name: "Search models" }));
    await userEvent.type(screen.getByRole("searchbox", { name: "Search models" }), "nothing-like-it");
    expect(screen.getByText(/No model matches/)).toBeInTheDocument();
  }, 15_000);

  it("should_choose_a_listed_model_when_its_box_is_ticked", async () => {
    // given
    mockFetch(() => json(200, models));
    renderPicker();

    // when
    await userEvent.click(await screen.findByRole("checkbox", { name: "echo" }));

    // then
    expect(screen.getByTestId("chosen")).toHaveTextContent(/^echo$/);
  }, 15_000);

  it("should_ask_for_typed_names_when_the_server_does_not_list_models", async () => {
    // given
    mockFetch(() => problem(404, "No static resource api/models."));

    // when
    renderPicker();

    // then
    expect(await screen.findByTestId("models-unavailable")).toHaveTextContent("/api/models is not available");
    expect(screen.queryByRole("checkbox")).not.toBeInTheDocument();
  }, 15_000);
});

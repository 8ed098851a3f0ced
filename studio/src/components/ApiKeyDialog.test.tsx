import { afterEach, describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { ApiKeyDialog } from "@/components/ApiKeyDialog";
import { api } from "@/lib/api/endpoints";
import { clearApiKeyRequest, getApiKey } from "@/lib/apiKey";
import { json, mockFetch, problem } from "@/test/fetchMock";

afterEach(() => {
  vi.unstubAllGlobals();
  clearApiKeyRequest();
});

function renderDialog() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ApiKeyDialog />
    </QueryClientProvider>,
  );
}

describe("ApiKeyDialog", () => {
  it("should_prompt_for_a_key_when_a_call_answers_401_and_send_it_afterwards", async () => {
    // given
    const key = `dk_test_${Math.random().toString(36).slice(2)}`;
    const calls = mockFetch((call) => (call.headers["X-API-Key"] === key ? json(200, []) : problem(401, "missing API key")));
    renderDialog();

    // when
    await api.listTemplates().catch(() => undefined);
    await userEvent.type(await screen.findByLabelText("Key"), key);
    await userEvent.click(screen.getByRole("button", { name: "Save key" }));
    const answer = await api.listTemplates();

    // then
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(getApiKey()).toBe(key);
    expect(answer).toEqual([]);
    expect(calls.at(-1)?.headers["X-API-Key"]).toBe(key);
  });

  it("should_stay_closed_when_no_call_was_refused", () => {
    // given / when
    renderDialog();

    // then
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "API key" })).toBeInTheDocument();
  });
});

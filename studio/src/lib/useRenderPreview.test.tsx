import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ReactNode } from "react";
import { act, renderHook, waitFor } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { PREVIEW_DELAY_MS, useRenderPreview } from "@/lib/useRenderPreview";
import { json, mockFetch, problem } from "@/test/fetchMock";

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("useRenderPreview", () => {
  it("should_render_once_with_the_last_inputs_when_they_change_quickly", async () => {
    // given
    const calls = mockFetch((call) => json(200, { rendered: `Hi ${(call.body as { inputs: { name: string } }).inputs.name}`, inputs_used: {} }));
    const { result, rerender } = renderHook(({ name }) => useRenderPreview("greeting", { name }, false), {
      wrapper,
      initialProps: { name: "A" },
    });

    // when typing three more letters faster than the delay
    for (const name of ["Ad", "Ada", "Adam"]) {
      rerender({ name });
      await act(async () => {
        vi.advanceTimersByTime(PREVIEW_DELAY_MS / 3);
      });
    }
    await act(async () => {
      vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    });

    // then
    await waitFor(() => expect(result.current.data?.rendered).toBe("Hi Adam"));
    expect(calls.map((c) => (c.body as { inputs: { name: string } }).inputs.name)).toEqual(["A", "Adam"]);
  });

  it("should_send_nothing_when_the_form_has_errors", async () => {
    // given
    const calls = mockFetch(() => json(200, { rendered: "x", inputs_used: {} }));

    // when
    renderHook(() => useRenderPreview("greeting", { name: "A" }, true), { wrapper });
    await act(async () => {
      vi.advanceTimersByTime(PREVIEW_DELAY_MS * 3);
    });

    // then
    expect(calls).toHaveLength(0);
  });

  it("should_surface_the_render_error_when_the_server_refuses_the_inputs", async () => {
    // given
    mockFetch(() => problem(422, "template failed to render: 'x' is undefined"));

    // when
    const { result } = renderHook(() => useRenderPreview("greeting", {}, false), { wrapper });

    // then
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ status: 422, detail: "template failed to render: 'x' is undefined" });
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ReactNode } from "react";
import { act, renderHook, waitFor } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { PREVIEW_DELAY_MS, useRenderPreview } from "@/lib/useRenderPreview";
import { draftProblem } from "@/lib/api/draftRender";
import { json, mockFetch } from "@/test/fetchMock";

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

const DRAFT = { template: "Hi {{ name }}", inputs: { name: { type: "string" as const, required: true, default: null } } };
type Body = { template: { template: string }; inputs: { name: string } };

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("useRenderPreview", () => {
  it("renders the unsaved draft once with the last inputs when they change quickly", async () => {
    const calls = mockFetch((call) =>
      json(200, { rendered: `Hi ${(call.body as Body).inputs.name}`, inputs_used: {}, variables: ["name"], undeclared: [], unused: [] }),
    );
    const { result, rerender } = renderHook(({ name }) => useRenderPreview(DRAFT, { name }, false), {
      wrapper,
      initialProps: { name: "A" },
    });

    for (const name of ["Ad", "Ada", "Adam"]) {
      rerender({ name });
      await act(async () => {
        vi.advanceTimersByTime(PREVIEW_DELAY_MS / 3);
      });
    }
    await act(async () => {
      vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    });

    await waitFor(() => expect(result.current.data?.rendered).toBe("Hi Adam"));
    expect(calls.map((c) => c.url)).toEqual(["/api/render", "/api/render"]);
    expect(calls.map((c) => (c.body as Body).inputs.name)).toEqual(["A", "Adam"]);
    expect((calls[0].body as Body).template.template).toBe("Hi {{ name }}");
  });

  it("run() renders the current text at once instead of waiting for the typing to settle", async () => {
    const calls = mockFetch((call) => json(200, { rendered: (call.body as Body).template.template, inputs_used: {}, variables: [], undeclared: [], unused: [] }));
    const { result, rerender } = renderHook(({ text }) => useRenderPreview({ ...DRAFT, template: text }, { name: "A" }, false), {
      wrapper,
      initialProps: { text: "one" },
    });
    await waitFor(() => expect(result.current.data?.rendered).toBe("one"));

    rerender({ text: "two" });
    act(() => result.current.run());

    await waitFor(() => expect(result.current.data?.rendered).toBe("two"));
    expect(calls).toHaveLength(2);
  });

  it("sends nothing while the form has errors", async () => {
    const calls = mockFetch(() => json(200, { rendered: "x", inputs_used: {} }));

    renderHook(() => useRenderPreview(DRAFT, { name: "A" }, true), { wrapper });
    await act(async () => {
      vi.advanceTimersByTime(PREVIEW_DELAY_MS * 3);
    });

    expect(calls).toHaveLength(0);
  });

  it("surfaces the line, the single message and the undeclared names of a failed render", async () => {
    mockFetch(() =>
      json(422, { title: "The template reads an undefined name", status: 422, detail: "'x' is undefined", render_error: "undefined", line: 2,
        variables: ["x"], undeclared: ["x"], unused: [] }, "application/problem+json"),
    );

    const { result } = renderHook(() => useRenderPreview(DRAFT, {}, false), { wrapper });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(draftProblem(result.current.error)).toMatchObject({ message: "'x' is undefined", line: 2, kind: "undefined", names: { undeclared: ["x"] } });
  });
});

import { describe, expect, it } from "vitest";
import { executionsLink, readExecutionView, serverFilter } from "@/lib/urlState";

describe("executions URL state", () => {
  it("should_read_back_the_view_a_link_was_made_from", () => {
    const link = executionsLink({ batch_id: "b 1", model: "echo/b", status: "failed", until: "2026-12-01", call: "j:echo:0" });

    const view = readExecutionView(new URL(link, "http://x").searchParams);

    expect(view).toEqual({ batch_id: "b 1", model: "echo/b", status: "failed", until: "2026-12-01", call: "j:echo:0" });
    expect(serverFilter(view)).toEqual({ batch_id: "b 1", model: "echo/b", status: "failed", until: "2026-12-01" });
  });

  it("should_leave_out_blank_and_unknown_parameters", () => {
    expect(executionsLink({ model: " ", template_id: "" })).toBe("/executions");
    expect(readExecutionView(new URLSearchParams("foo=1&model=&since=2026-11-01"))).toEqual({ since: "2026-11-01" });
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, notAvailable, request } from "@/lib/api/client";
import { api } from "@/lib/api/endpoints";
import { clearApiKeyRequest, isApiKeyRequested, setApiKey } from "@/lib/apiKey";
import { json, mockFetch, problem } from "@/test/fetchMock";

afterEach(() => {
  vi.unstubAllGlobals();
  clearApiKeyRequest();
});

describe("API client", () => {
  it("should_answer_the_parsed_json_when_the_call_succeeds", async () => {
    // given
    const calls = mockFetch(() => json(200, { rendered: "Hi Ada", inputs_used: { name: "Ada" } }));

    // when
    const answer = await api.render("greeting", { name: "Ada" });

    // then
    expect(answer.rendered).toBe("Hi Ada");
    expect(calls[0]).toMatchObject({ method: "POST", url: "/api/templates/greeting/render", body: { inputs: { name: "Ada" } } });
  });

  it("should_surface_the_problem_detail_and_field_errors_when_the_server_refuses", async () => {
    // given
    mockFetch(() => problem(422, "inputs do not match the template", [{ field: "name", message: "is required" }]));

    // when
    const error = await api.render("greeting", {}).catch((e: unknown) => e);

    // then
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, detail: "inputs do not match the template", errors: [{ field: "name", message: "is required" }] });
    expect(notAvailable(error)).toBe(false);
  });

  it("should_use_the_body_text_when_the_error_is_not_json", async () => {
    // given
    mockFetch(() => new Response("upstream exploded", { status: 502 }));

    // when
    const error = (await request("GET", "/api/health").catch((e: unknown) => e)) as ApiError;

    // then
    expect(error.status).toBe(502);
    expect(error.detail).toBe("upstream exploded");
  });

  it("should_say_the_gateway_is_unreachable_when_fetch_fails", async () => {
    // given
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))));

    // when
    const error = (await api.listTemplates().catch((e: unknown) => e)) as ApiError;

    // then
    expect(error.status).toBe(0);
    expect(error.detail).toMatch(/Cannot reach the Dakora gateway/);
  });

  it("should_ask_for_a_key_when_the_server_answers_401", async () => {
    // given
    mockFetch(() => problem(401, "missing or unknown API key"));

    // when
    const error = (await api.listTemplates().catch((e: unknown) => e)) as ApiError;

    // then
    expect(error.status).toBe(401);
    expect(isApiKeyRequested()).toBe(true);
  });

  it("should_not_ask_for_a_key_when_the_error_is_not_401", async () => {
    // given
    mockFetch(() => problem(404, "no template 'x' exists"));

    // when
    await api.getTemplate("x").catch(() => undefined);

    // then
    expect(isApiKeyRequested()).toBe(false);
  });

  it("should_send_the_stored_key_when_one_is_set", async () => {
    // given
    const key = `dk_test_${Math.random().toString(36).slice(2)}`;
    setApiKey(key);
    const calls = mockFetch(() => json(200, []));

    // when
    await api.listTemplates();

    // then
    expect(calls[0].headers["X-API-Key"]).toBe(key);
  });

  it("should_send_no_key_header_when_none_is_set", async () => {
    // given
    const calls = mockFetch(() => json(200, []));

    // when
    await api.listTemplates();

    // then
    expect(calls[0].headers).not.toHaveProperty("X-API-Key");
  });

  it("should_tell_a_missing_route_from_other_errors", async () => {
    // given
    mockFetch((call) => (call.url.startsWith("/api/models") ? problem(404, "No static resource api/models.") : problem(400, "bad")));

    // when
    const missing = await api.models().catch((e: unknown) => e);
    const bad = await api.health().catch((e: unknown) => e);

    // then
    expect(notAvailable(missing)).toBe(true);
    expect(notAvailable(bad)).toBe(false);
  });

  it("should_answer_nothing_when_the_server_answers_204", async () => {
    // given
    mockFetch(() => new Response(null, { status: 204 }));

    // when
    const answer = await api.deleteTemplate("greeting");

    // then
    expect(answer).toBeUndefined();
  });

  it("should_leave_out_empty_query_values_when_building_the_url", async () => {
    // given
    const calls = mockFetch(() => json(200, { items: [], next_cursor: null }));

    // when
    await api.executions({ model: "echo", template_id: "", since: undefined });

    // then
    expect(calls[0].url).toBe("/api/executions?model=echo");
  });
});

import { describe, expect, it } from "vitest";
import { appWithProbes } from "./helpers/app-with-probe.ts";

const { call } = appWithProbes();
const post = (body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) =>
  call("/probe/echo", { method: "POST", body, headers });

describe("the error envelope", () => {
  it("wraps a valid JSON answer as {success: true, data}", async () => {
    const res = await post(JSON.stringify({ name: "ada", count: 3 }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ success: true, data: { name: "ada", count: 3 } });
  });

  it("answers a zod failure with 400 naming each failing field", async () => {
    const res = await post(JSON.stringify({ name: "", count: 99 }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      success: boolean;
      error: { code: string; details: { issues: { path: string }[] } };
    };
    expect(body.success).toBe(false);
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.details.issues.map((i) => i.path).sort()).toEqual(["count", "name"]);
  });

  it("answers malformed JSON with 400 MALFORMED_JSON", async () => {
    const res = await post('{"name": "ada",');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ success: false, error: { code: "MALFORMED_JSON" } });
  });

  it("answers a body that is not JSON with 415", async () => {
    const res = await post("name=ada", { "content-type": "application/x-www-form-urlencoded" });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ success: false, error: { code: "UNSUPPORTED_MEDIA_TYPE" } });
  });

  it("answers a missing body on a route that needs one with 400", async () => {
    const res = await call("/probe/echo", { method: "POST", headers: { "content-type": "application/json" } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ success: false });
  });

  it("answers a body over MAX_BODY_BYTES with 413 before reading it", async () => {
    const res = await post(JSON.stringify({ name: "x".repeat(2 * 1024 * 1024), count: 1 }));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ success: false, error: { code: "PAYLOAD_TOO_LARGE" } });
  });

  it("answers an unknown route with 404 in the envelope", async () => {
    const res = await call("/api/v1/no-such-thing");
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ success: false, error: { code: "NOT_FOUND" } });
  });

  it("answers an unexpected exception with 500, the request id and no internals", async () => {
    const res = await call("/probe/crash", { headers: { "x-request-id": "req-crash-1" } });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain("hunter2");
    expect(text).not.toContain("at ");
    expect(JSON.parse(text)).toEqual({
      success: false,
      error: { code: "INTERNAL_ERROR", message: "Internal server error", requestId: "req-crash-1" },
    });
  });
});

describe("request ids and headers", () => {
  it("echoes a well-formed X-Request-Id and makes one otherwise", async () => {
    const given = await call("/api/telegram-proxy/health", { headers: { "x-request-id": "abc-123" } });
    expect(given.headers.get("x-request-id")).toBe("abc-123");
    const made = await call("/api/telegram-proxy/health", { headers: { "x-request-id": "bad id <script>" } });
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("sends security headers on API answers", async () => {
    const res = await call("/api/telegram-proxy/health");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("answers CORS preflights for the configured origins", async () => {
    const res = await call("/api/v1/health", {
      method: "OPTIONS",
      headers: { origin: "https://app.example", "access-control-request-method": "POST" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });
});

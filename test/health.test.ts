import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { appWithProbes } from "./helpers/app-with-probe.ts";

const worker = exports.default;

describe("GET /api/telegram-proxy/health", () => {
  it("answers {status: ok, timestamp} in the shape the proxy's callers read", async () => {
    const res = await worker.fetch("http://gateway/api/telegram-proxy/health");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; timestamp: string };
    expect(Object.keys(body).sort()).toEqual(["status", "timestamp"]);
    expect(body.status).toBe("ok");
    expect(new Date(body.timestamp).toISOString()).toBe(body.timestamp);
  });
});

describe("GET /api/v1/health", () => {
  it("checks every binding for real and answers 200 with the version", async () => {
    const res = await worker.fetch("http://gateway/api/v1/health");
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as {
      data: { status: string; version: string; checks: Record<string, { ok: boolean }> };
    };
    expect(data.status).toBe("ok");
    expect(data.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Object.keys(data.checks).sort()).toEqual([
      "d1",
      "kv",
      "outboxDeadLetters",
      "pushDeadLetters",
      "queue",
      "r2",
    ]);
    expect(Object.values(data.checks).every((check) => check.ok)).toBe(true);
  });

  it("answers 503 naming the binding that is missing", async () => {
    const { call } = appWithProbes();
    const res = await call("/api/v1/health", {}, { ...env, ATTACHMENTS: undefined });
    expect(res.status).toBe(503);
    const body = (await res.json()) as {
      success: boolean;
      error: { code: string; message: string; details: { checks: Record<string, { ok: boolean; error?: string }> } };
    };
    expect(body.success).toBe(false);
    expect(body.error.code).toBe("SERVICE_UNAVAILABLE");
    expect(body.error.message).toContain("r2");
    expect(body.error.details.checks.r2).toMatchObject({ ok: false, error: "binding ATTACHMENTS is not configured" });
    expect(body.error.details.checks.d1?.ok).toBe(true);
  });
});

describe("GET /api/v1/health under repeated calls", () => {
  it("shares one round of binding checks between calls a few seconds apart", async () => {
    const { call } = appWithProbes();
    const bindings = { ...env };
    const first = (await (await call("/api/v1/health", {}, bindings)).json()) as { data: { checkedAt: string } };
    const second = (await (await call("/api/v1/health", {}, bindings)).json()) as { data: { checkedAt: string } };
    expect(second.data.checkedAt).toBe(first.data.checkedAt);
  });
});

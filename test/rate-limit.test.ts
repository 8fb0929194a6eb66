import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ApiError } from "../api/errors.ts";
import { consumeRateLimit, enforceRateLimit } from "../api/rate-limit/fixed-window.ts";

const limit = { key: "test:limit", limit: 3, windowSeconds: 60 };
const t0 = Date.UTC(2026, 10, 21, 12, 0, 0);

describe("fixed-window rate limits in D1", () => {
  it("allow `limit` calls per window, then refuse with the seconds left in the window", async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await consumeRateLimit(env.DB, limit, t0 + 15_000));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]?.retryAfterSeconds).toBe(45);
    // A new window starts afresh.
    expect((await consumeRateLimit(env.DB, limit, t0 + 60_000)).allowed).toBe(true);
  });

  it("never lets concurrent calls share the last slot", async () => {
    const key = { ...limit, key: "test:concurrent", limit: 5 };
    const results = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimit(env.DB, key, t0)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });

  it("throws a 429 ApiError carrying Retry-After when enforced", async () => {
    const key = { key: "test:enforce", limit: 1, windowSeconds: 3600 };
    await enforceRateLimit(env.DB, key, t0);
    const error = await enforceRateLimit(env.DB, key, t0 + 1000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: "RATE_LIMITED", retryAfter: 3599 });
  });
});

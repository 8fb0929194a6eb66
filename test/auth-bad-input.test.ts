import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, freshIp, sentMessages } from "./helpers/sign-in.ts";

/** Everything sign-in can write, to prove a refused request wrote nothing. */
async function snapshot() {
  const tables = ["users", "auth_codes", "auth_sessions", "refresh_tokens", "contacts"];
  const counts: Record<string, unknown> = {};
  for (const table of tables) counts[table] = await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table}`).first("n");
  return counts;
}

async function expect4xx(res: Response, code?: string) {
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  const body = (await res.json()) as { success: boolean; error: { code: string } };
  expect(body.success).toBe(false);
  if (code) expect(body.error.code).toBe(code);
}

const rawPost = (path: string, body: string, contentType = "application/json") =>
  exports.default.fetch(`http://gateway/api/v1${path}`, {
    method: "POST",
    headers: { "content-type": contentType, "cf-connecting-ip": freshIp() },
    body,
  });

describe("bad input to sign-in gets a 4xx envelope and changes nothing", () => {
  it("POST /auth/code", async () => {
    const before = await snapshot();
    for (const body of [
      {},
      { phone: 12015550123 },
      { phone: null },
      { phone: "" },
      { phone: "x".repeat(65) },
      [],
      "+12015550123",
    ]) {
      await expect4xx(await api("POST", "/auth/code", { body, ip: freshIp() }), "VALIDATION_FAILED");
    }
    for (const phone of ["hello", "12345", "0201 555 0123", "+1", "+999 123", "+12015550123; DROP TABLE users"]) {
      await expect4xx(await api("POST", "/auth/code", { body: { phone }, ip: freshIp() }), "INVALID_PHONE");
    }
    await expect4xx(await rawPost("/auth/code", "{phone:"), "MALFORMED_JSON");
    await expect4xx(await rawPost("/auth/code", "phone=+12015550123", "application/x-www-form-urlencoded"));
    expect(await snapshot()).toEqual(before);
    expect(await sentMessages("+12015550123")).toHaveLength(0);
  });

  it("POST /auth/verify", async () => {
    const phone = "+12155550101";
    expect((await api("POST", "/auth/code", { body: { phone }, ip: freshIp() })).status).toBe(200);
    const before = await snapshot();
    const attempts = async () =>
      env.DB.prepare("SELECT attempts FROM auth_codes WHERE phone = ?").bind(phone).first("attempts");
    const device = { name: "Phone", platform: "ios" };
    for (const body of [
      {},
      { phone, device },
      { phone, code: "123456" },
      { code: "123456", device },
      { phone, code: 123456, device },
      { phone, code: "12345", device },
      { phone, code: "1234567", device },
      { phone, code: "abcdef", device },
      { phone, code: "123456", device: {} },
      { phone, code: "123456", device: { name: "", platform: "ios" } },
      { phone, code: "123456", device: { name: "x".repeat(65), platform: "ios" } },
      { phone, code: "123456", device: { name: "Phone", platform: "toaster" } },
      { phone, code: "123456", device: "Phone" },
    ]) {
      await expect4xx(await api("POST", "/auth/verify", { body }), "VALIDATION_FAILED");
    }
    await expect4xx(
      await api("POST", "/auth/verify", { body: { phone: "garbage", code: "123456", device } }),
      "INVALID_PHONE",
    );
    await expect4xx(await rawPost("/auth/verify", '{"phone": "+12155550101", "code": '), "MALFORMED_JSON");
    expect(await snapshot()).toEqual(before);
    // Malformed requests do not spend the code's attempts.
    expect(await attempts()).toBe(0);
  });

  it("POST /auth/logout and /auth/refresh without credentials", async () => {
    const before = await snapshot();
    await expect4xx(await api("POST", "/auth/logout"), "UNAUTHORIZED");
    await expect4xx(await api("POST", "/auth/logout", { token: "garbage" }), "UNAUTHORIZED");
    await expect4xx(await rawPost("/auth/refresh", ""), undefined);
    expect(await snapshot()).toEqual(before);
  });
});

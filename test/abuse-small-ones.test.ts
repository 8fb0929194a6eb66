import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { appWithProbes } from "./helpers/app-with-probe.ts";
import { api, createGroup, users } from "./helpers/messaging.ts";
import { api as anonymous, freshIp } from "./helpers/sign-in.ts";

const { call } = appWithProbes();
afterEach(() => vi.restoreAllMocks());

describe("Cache-Control: no-store", () => {
  it("is on every answer that is authenticated or carries a secret, errors included", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const answers = [
      await anonymous("POST", "/auth/code", { body: { phone: "+12065550101" }, ip: freshIp() }),
      await anonymous("POST", "/auth/verify", {
        body: { phone: "+12065550101", code: "000000", device: { name: "x", platform: "ios" } },
      }),
      await anonymous("POST", "/auth/refresh", { body: { refreshToken: "rt_nope" } }),
      await anonymous("GET", "/me", { token: alice.accessToken }),
      await anonymous("GET", "/me/sessions", { token: alice.accessToken }),
      await anonymous("GET", "/updates?since=0", { token: alice.accessToken }),
      await anonymous("GET", "/me"),
    ];
    for (const res of answers) expect(res.headers.get("cache-control"), res.url).toBe("no-store");
  });
});

describe("request logs", () => {
  it("name the route template, not the path: no phone number or id reaches the log", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const lines: string[] = [];
    // A 2xx is logged at info (console.log), a 4xx at warn (console.warn): read both.
    vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    vi.spyOn(console, "warn").mockImplementation((line: string) => void lines.push(line));
    const res = await call(
      "/api/v1/contacts/%2B12065550199",
      { method: "DELETE", headers: alice.authHeader },
      { ...env, LOG_LEVEL: "info" },
    );
    expect(res.status).toBeLessThan(500);
    const line = lines.find((l) => l.includes('"message":"request"'));
    expect(line).toBeDefined();
    expect(JSON.parse(line ?? "{}")).toMatchObject({ method: "DELETE", route: "/api/v1/contacts/:phone" });
    expect(line).not.toContain("2065550199");
  });
});

describe("lone surrogates", () => {
  it("are refused with 400 before any length check, and nothing is stored", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await createGroup(alice, [bob]);
    // "\ud800" as JSON text: a lone high surrogate. (JSON.stringify would escape it the same way.)
    const sent = await api(alice, "POST", `/chats/${chatId}/messages`, '{"clientMessageId":"s-1","text":"hi \\ud800"}');
    expect(sent.status).toBe(400);
    expect(sent.body.error.details).toMatchObject({ issues: [{ path: "text", code: "invalid_text" }] });
    const renamed = await api(alice, "PATCH", "/me", '{"firstName":"\\udc00Eve"}');
    expect(renamed.status).toBe(400);
    const history = await api<{ messages: unknown[] }>(alice, "GET", `/chats/${chatId}/messages`);
    expect(history.body.data.messages).toEqual([]);
    // Paired surrogates (an emoji) are text like any other.
    expect(
      (await api(alice, "POST", `/chats/${chatId}/messages`, { clientMessageId: "s-2", text: "👍🏽" })).status,
    ).toBe(201);
  });
});

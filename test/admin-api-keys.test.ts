// The operator API for Telegram-proxy API keys (chanfana routes on the one app): create (the key
// shown once, and it works on the proxy), list with usage (sessions, calls today), get, revoke
// (the key stops working at once).
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { admin } from "./helpers/admin.ts";
import { call } from "./helpers/telegram.ts";

describe("admin API keys", () => {
  it("creates a key that works on the proxy, counts its sessions and calls, and revokes it", async () => {
    const created = await admin("POST", "", { body: { name: "partner app" } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      success: true,
      data: { id: expect.stringMatching(/^key_/), name: "partner app", key: expect.stringMatching(/^bgk_/) },
    });
    const { id, key } = created.json.data;
    const headers = { authorization: `Bearer ${key}` };

    expect((await call("POST", "/sessions", headers)).status).toBe(201);
    expect((await call("POST", "/sessions", headers)).status).toBe(201);
    expect((await call("GET", "/sessions", headers)).status).toBe(200);

    const one = await admin("GET", `/${id}`);
    expect(one.status).toBe(200);
    expect(one.json.data).toEqual({
      id,
      name: "partner app",
      createdAt: created.json.data.createdAt,
      revokedAt: null,
      usage: { sessions: 2, callsToday: 3 },
    });
    const list = await admin("GET", "");
    expect(list.json.data.apiKeys).toContainEqual(one.json.data);
    // The key itself is never shown again, nor its hash.
    expect(JSON.stringify(list.json)).not.toContain(key);
    expect(JSON.stringify(list.json)).not.toContain("hash");

    const revoked = await admin("DELETE", `/${id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.json.data).toEqual({ id, revokedAt: expect.any(String) });
    const refused = await call("GET", "/sessions", headers);
    expect(refused.status).toBe(401);
    expect(refused.json.error.code).toBe("INVALID_API_KEY");
    // A refused call is not counted, and revoking again keeps the first time.
    const again = await admin("DELETE", `/${id}`);
    expect(again.json.data.revokedAt).toBe(revoked.json.data.revokedAt);
    expect((await admin("GET", `/${id}`)).json.data).toMatchObject({
      revokedAt: revoked.json.data.revokedAt,
      usage: { sessions: 2, callsToday: 3 },
    });
  });

  it("answers unknown ids with 404 and malformed ones with 400", async () => {
    for (const method of ["GET", "DELETE"]) {
      const unknown = await admin(method, "/key_AAAAAAAAAAAA");
      expect(unknown.status).toBe(404);
      expect(unknown.json).toEqual({ success: false, error: { code: "NOT_FOUND", message: "No such API key" } });
      const malformed = await admin(method, "/not-a-key-id");
      expect(malformed.status).toBe(400);
      expect(malformed.json.error.code).toBe("VALIDATION_FAILED");
    }
  });

  it("refuses bad bodies in the API's envelope and stores nothing", async () => {
    const before = (await admin("GET", "")).json.data.apiKeys.length;
    const cases: [Parameters<typeof admin>[2], number, string][] = [
      [{ body: {} }, 400, "VALIDATION_FAILED"],
      [{ body: { name: "" } }, 400, "VALIDATION_FAILED"],
      [{ body: { name: "x".repeat(65) } }, 400, "VALIDATION_FAILED"],
      [{ body: { name: "semi;colon'); DROP TABLE api_keys;--" } }, 400, "VALIDATION_FAILED"],
      [{ body: { name: 42 } }, 400, "VALIDATION_FAILED"],
      [{ rawBody: "{not json" }, 400, "MALFORMED_JSON"],
      [{ rawBody: "name=x", contentType: "application/x-www-form-urlencoded" }, 415, "UNSUPPORTED_MEDIA_TYPE"],
      [{}, 415, "UNSUPPORTED_MEDIA_TYPE"],
    ];
    for (const [options, status, code] of cases) {
      const res = await admin("POST", "", options);
      expect(res.status, JSON.stringify(options)).toBe(status);
      expect(res.json.success).toBe(false);
      expect(res.json.error.code).toBe(code);
    }
    const named = await admin("POST", "", { body: {} });
    expect(named.json.error.details.issues[0]).toMatchObject({ path: "body.name" });
    expect((await admin("GET", "")).json.data.apiKeys.length).toBe(before);
  });

  it("needs the operator token, and is off while ADMIN_TOKEN is unset", async () => {
    for (const [method, path] of [
      ["GET", ""],
      ["POST", ""],
      ["GET", "/key_AAAAAAAAAAAA"],
      ["DELETE", "/key_AAAAAAAAAAAA"],
    ] as const) {
      const body = method === "POST" ? { name: "nope" } : undefined;
      const missing = await admin(method, path, { token: null, body });
      expect(missing.status).toBe(401);
      const wrong = await admin(method, path, { token: "not-the-operator-token-at-all-000000", body });
      expect(wrong.status).toBe(401);
      expect(wrong.json.error.code).toBe("INVALID_ADMIN_TOKEN");
      // An API key is not an operator token.
      const key = await admin(method, path, { token: `bgk_${"a".repeat(43)}`, body });
      expect(key.status).toBe(401);
      const off = await admin(method, path, { bindings: { ...env }, body });
      expect(off.status).toBe(403);
      expect(off.json.error.code).toBe("ADMIN_API_DISABLED");
    }
    expect((await admin("GET", "")).status).toBe(200);
  });
});

// Bad input on every Telegram-proxy endpoint: a 4xx in the envelope, never a 5xx, and nothing
// stored changes (no session rows, no messages, the session still signed out / unchanged).
import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { BASE, call, createSession, createTestApiKey, signedInSession } from "./helpers/telegram.ts";

const UUID = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f";

/** Every session row, of every test file that ran before in this runtime too: compare before and after. */
async function sessionRows() {
  const row = await env.DB.prepare("SELECT COUNT(*) AS n FROM telegram_sessions").first<{ n: number }>();
  return row?.n ?? 0;
}

function expectEnvelope(
  result: { status: number; json: { success: boolean; error?: { code: string } } },
  status: number,
) {
  expect(result.status).toBe(status);
  expect(result.json.success).toBe(false);
  expect(result.json.error?.code).toEqual(expect.any(String));
}

describe("Telegram proxy bad input", () => {
  it("refuses missing, malformed, unknown and revoked API keys on every route", async () => {
    const routes: [string, string, unknown?][] = [
      ["POST", "/sessions"],
      ["GET", "/sessions"],
      ["GET", `/sessions/${UUID}`],
      ["DELETE", `/sessions/${UUID}`],
      ["POST", "/auth/send-code", { sessionId: UUID, phoneNumber: "+9996621234" }],
      ["POST", "/auth/verify-code", { sessionId: UUID, phoneNumber: "+9996621234", phoneCodeHash: "a", code: "22222" }],
      ["POST", "/auth/password", { sessionId: UUID, password: "x" }],
      ["GET", "/messages/poll/me"],
      ["POST", "/messages/send/me", { message: "hi" }],
    ];
    const rowsBefore = await sessionRows();
    const revoked = await createTestApiKey("revoked");
    await env.DB.prepare("UPDATE api_keys SET revoked_at = ? WHERE id = ?").bind(Date.now(), revoked.id).run();
    const credentials: Record<string, string>[] = [
      {},
      { authorization: "Basic abc" },
      { authorization: "Bearer not-a-key" },
      { authorization: `Bearer bgk_${"A".repeat(43)}` },
      revoked.headers,
    ];
    for (const [method, path, body] of routes) {
      for (const headers of credentials) {
        const result = await call(method, path, { ...headers, "x-session-id": UUID }, body);
        expectEnvelope(result, 401);
      }
    }
    expect(await sessionRows()).toBe(rowsBefore);
  });

  it("validates bodies, params, query and headers with 400 and changes nothing", async () => {
    const { headers } = await createTestApiKey();
    const sessionId = await createSession(headers);
    const rowsBefore = await sessionRows();
    const h = { ...headers, "x-session-id": sessionId };

    const cases: [string, string, Record<string, string>, unknown, number][] = [
      ["GET", "/sessions/not-a-uuid", headers, undefined, 400],
      ["DELETE", "/sessions/not-a-uuid", headers, undefined, 400],
      ["GET", `/sessions/${UUID}`, headers, undefined, 404],
      ["DELETE", `/sessions/${UUID}`, headers, undefined, 404],
      ["POST", "/auth/send-code", headers, {}, 400],
      ["POST", "/auth/send-code", headers, { sessionId, phoneNumber: "call me" }, 400],
      ["POST", "/auth/send-code", headers, { sessionId, phoneNumber: "+1" }, 400],
      ["POST", "/auth/send-code", headers, { sessionId: "x", phoneNumber: "+9996621234" }, 400],
      ["POST", "/auth/send-code", headers, { sessionId: UUID, phoneNumber: "+9996621234" }, 404],
      ["POST", "/auth/send-code", headers, [], 400],
      [
        "POST",
        "/auth/verify-code",
        headers,
        { sessionId, phoneNumber: "+9996621234", phoneCodeHash: "", code: "22222" },
        400,
      ],
      [
        "POST",
        "/auth/verify-code",
        headers,
        { sessionId, phoneNumber: "+9996621234", phoneCodeHash: "a", code: "abc" },
        400,
      ],
      ["POST", "/auth/verify-code", headers, { sessionId, phoneNumber: "+9996621234", phoneCodeHash: "a" }, 400],
      ["POST", "/auth/password", headers, { sessionId, password: "" }, 400],
      ["POST", "/auth/password", headers, { sessionId, password: "x".repeat(257) }, 400],
      ["POST", "/auth/password", headers, { sessionId }, 400],
      ["GET", "/messages/poll/me", headers, undefined, 400], // no X-Session-ID
      ["GET", "/messages/poll/me", { ...headers, "x-session-id": "nope" }, undefined, 400],
      ["GET", "/messages/poll/me", { ...headers, "x-session-id": UUID }, undefined, 404],
      ["GET", "/messages/poll/not%20a%20chat", h, undefined, 400],
      ["GET", "/messages/poll/@ab", h, undefined, 400],
      ["GET", "/messages/poll/--5", h, undefined, 400],
      ["GET", "/messages/poll/me?limit=0", h, undefined, 400],
      ["GET", "/messages/poll/me?limit=101", h, undefined, 400],
      ["GET", "/messages/poll/me?limit=abc", h, undefined, 400],
      ["GET", "/messages/poll/me?cursor=", h, undefined, 400],
      ["POST", "/messages/send/me", headers, { message: "no session header" }, 400],
      ["POST", "/messages/send/me", h, { message: "" }, 400],
      ["POST", "/messages/send/me", h, { message: "x".repeat(4097) }, 400],
      ["POST", "/messages/send/me", h, { text: "wrong field" }, 400],
      ["POST", "/messages/send/me", h, { message: "hi", clientMessageId: "" }, 400],
      ["POST", "/messages/send/@x", h, { message: "hi" }, 400],
    ];
    for (const [method, path, caseHeaders, body, status] of cases) {
      const result = await call(method, path, caseHeaders, body);
      if (result.status !== status) throw new Error(`${method} ${path} ${JSON.stringify(body)} → ${result.status}`);
      expectEnvelope(result, status);
    }

    // A signed-out session refuses to send or poll before calling Telegram.
    const signedOut = await call("POST", "/messages/send/me", h, { message: "hi" });
    expectEnvelope(signedOut, 401);
    expect(signedOut.json.error.code).toBe("TELEGRAM_UNAUTHORIZED");
    expectEnvelope(await call("GET", "/messages/poll/me", h), 401);

    expect(await sessionRows()).toBe(rowsBefore);
    const status = await call("GET", `/sessions/${sessionId}`, headers);
    expect(status.json.data).toMatchObject({ authorized: false, userId: null });
  });

  it("answers malformed JSON, wrong content type and bad cursors with 4xx and sends nothing", async () => {
    const { headers } = await createTestApiKey();
    const { sessionId } = await signedInSession(headers, "+9996691501");
    const h = { ...headers, "x-session-id": sessionId };

    for (const path of ["/auth/send-code", "/auth/verify-code", "/auth/password", "/messages/send/me"]) {
      const malformed = await exports.default.fetch(`${BASE}${path}`, {
        method: "POST",
        headers: { ...h, "content-type": "application/json" },
        body: "{not json",
      });
      expect(malformed.status).toBe(400);
      const wrongType = await exports.default.fetch(`${BASE}${path}`, {
        method: "POST",
        headers: { ...h, "content-type": "text/plain" },
        body: "message=hi",
      });
      expect(wrongType.status).toBe(415);
    }

    const forged = await call("GET", `/messages/poll/me?cursor=${btoa("m:-1")}`, h);
    expectEnvelope(forged, 400);
    expect(forged.json.error.code).toBe("INVALID_CURSOR");
    expectEnvelope(await call("GET", "/messages/poll/me?cursor=%%%", h), 400);

    const history = await call("GET", "/messages/poll/me", h);
    expect(history.json.data.messages).toEqual([]);
  });
});

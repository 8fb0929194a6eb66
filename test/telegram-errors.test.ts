// Telegram errors → HTTP: FLOOD_WAIT_X → 429 + Retry-After X; AUTH_KEY_UNREGISTERED → 401 and the
// session shows signed out. Faults come from the loopback DC's control API, scoped to one phone.
import { describe, expect, it } from "vitest";
import { call, createSession, createTestApiKey, dcControl, signedInSession } from "./helpers/telegram.ts";

describe("Telegram proxy error mapping", () => {
  it("FLOOD_WAIT_X becomes 429 with Retry-After: X, and the next call works", async () => {
    const { headers } = await createTestApiKey();
    const phone = "+9996671001";
    const { sessionId } = await signedInSession(headers, phone);
    const h = { ...headers, "x-session-id": sessionId };

    await dcControl("POST", "/faults", { method: "messages.SendMessage", error: "FLOOD_WAIT_42", phone });
    const limited = await call("POST", "/messages/send/me", h, { message: "too fast" });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("42");
    expect(limited.json.error).toMatchObject({ code: "TELEGRAM_FLOOD_WAIT", details: { retryAfter: 42 } });

    const later = await call("POST", "/messages/send/me", h, { message: "later" });
    expect(later.status).toBe(200);
    const history = await call("GET", "/messages/poll/me", h);
    expect(history.json.data.messages.map((m: { text: string }) => m.text)).toEqual(["later"]);
  });

  it("FLOOD_WAIT on send-code is a 429 too", async () => {
    const { headers } = await createTestApiKey();
    const phone = "+9996671002";
    const sessionId = await createSession(headers);
    await dcControl("POST", "/faults", { method: "auth.SendCode", error: "FLOOD_WAIT_7", phone });
    const limited = await call("POST", "/auth/send-code", headers, { sessionId, phoneNumber: phone });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("7");
  });

  it("PHONE_CODE_EXPIRED is a 400", async () => {
    const { headers } = await createTestApiKey();
    const phone = "+9996671003";
    const sessionId = await createSession(headers);
    const sent = await call("POST", "/auth/send-code", headers, { sessionId, phoneNumber: phone });
    await dcControl("POST", "/faults", { method: "auth.SignIn", error: "PHONE_CODE_EXPIRED", phone });
    const expired = await call("POST", "/auth/verify-code", headers, {
      sessionId,
      phoneNumber: phone,
      phoneCodeHash: sent.json.data.phoneCodeHash,
      code: "77777",
    });
    expect(expired.status).toBe(400);
    expect(expired.json.error.code).toBe("PHONE_CODE_EXPIRED");
  });

  it("AUTH_KEY_UNREGISTERED (signed out from another device) is a 401 and the session shows it", async () => {
    const { headers } = await createTestApiKey();
    const phone = "+9996671004";
    const { sessionId } = await signedInSession(headers, phone);
    const h = { ...headers, "x-session-id": sessionId };
    expect((await call("GET", "/messages/poll/me", h)).status).toBe(200);

    // "Terminate all sessions" in another Telegram app.
    expect((await dcControl("POST", "/terminate-sessions", { phone })).terminated).toBe(1);

    const refused = await call("GET", "/messages/poll/me", h);
    expect(refused.status).toBe(401);
    expect(refused.json.error.code).toBe("TELEGRAM_UNAUTHORIZED");
    const status = await call("GET", `/sessions/${sessionId}`, headers);
    expect(status.json.data.authorized).toBe(false);
    // Now it asks to sign in before calling Telegram at all.
    const again = await call("POST", "/messages/send/me", h, { message: "still there?" });
    expect(again.status).toBe(401);
  });
});

describe("Telegram proxy when the DC forgets the auth key", () => {
  it("answers 401 instead of hanging, shows the session signed out, and signs in again with a new key", async () => {
    const { headers } = await createTestApiKey();
    const phone = "+9996671005";
    const { sessionId } = await signedInSession(headers, phone);
    const h = { ...headers, "x-session-id": sessionId };

    // Like a restarted loopback DC (or a key Telegram destroyed): transport error -404.
    expect((await dcControl("POST", "/forget-auth-keys", { phone })).forgotten).toBe(1);

    const refused = await call("GET", "/messages/poll/me", h);
    expect(refused.status).toBe(401);
    expect(refused.json.error.code).toBe("TELEGRAM_UNAUTHORIZED");
    expect((await call("GET", `/sessions/${sessionId}`, headers)).json.data.authorized).toBe(false);

    const sent = await call("POST", "/auth/send-code", headers, { sessionId, phoneNumber: phone });
    expect(sent.status).toBe(200);
    const verified = await call("POST", "/auth/verify-code", headers, {
      sessionId,
      phoneNumber: phone,
      phoneCodeHash: sent.json.data.phoneCodeHash,
      code: "77777",
    });
    expect(verified.json.data.authorized).toBe(true);
    expect((await call("GET", "/messages/poll/me", h)).status).toBe(200);
  });
});

// Sign-in with a login code, end to end: REST → Worker → TelegramSessionDO → GramJS → loopback DC.
import { describe, expect, it } from "vitest";
import { call, codeFor, createSession, createTestApiKey } from "./helpers/telegram.ts";

const PHONE = "+9996631001"; // code 33333

describe("Telegram proxy sign-in", () => {
  it("creates a session, sends a code, refuses a wrong code, then signs in", async () => {
    const { headers } = await createTestApiKey();
    const sessionId = await createSession(headers);

    const fresh = await call("GET", `/sessions/${sessionId}`, headers);
    expect(fresh.status).toBe(200);
    expect(fresh.json.data).toMatchObject({ sessionId, authorized: false, userId: null, username: null });

    const sent = await call("POST", "/auth/send-code", headers, { sessionId, phoneNumber: PHONE });
    expect(sent.status).toBe(200);
    expect(sent.json.data).toMatchObject({ isCodeViaApp: true, timeout: 300 });
    expect(sent.json.data.phoneCodeHash).toMatch(/^[0-9a-f]{18}$/);
    const { phoneCodeHash } = sent.json.data;

    const wrong = await call("POST", "/auth/verify-code", headers, {
      sessionId,
      phoneNumber: PHONE,
      phoneCodeHash,
      code: "12345",
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json).toEqual({
      success: false,
      error: { code: "PHONE_CODE_INVALID", message: "The login code is wrong" },
    });
    expect((await call("GET", `/sessions/${sessionId}`, headers)).json.data.authorized).toBe(false);

    const verified = await call("POST", "/auth/verify-code", headers, {
      sessionId,
      phoneNumber: PHONE,
      phoneCodeHash,
      code: codeFor(PHONE),
    });
    expect(verified.status).toBe(200);
    expect(verified.json.data).toMatchObject({
      authorized: true,
      passwordRequired: false,
      firstName: "Test",
      lastName: "User 1001",
      username: "test9996631001",
    });
    const userId = verified.json.data.userId;
    expect(userId).toMatch(/^\d+$/);

    const status = await call("GET", `/sessions/${sessionId}`, headers);
    expect(status.json.data).toMatchObject({ authorized: true, connected: true, userId, username: "test9996631001" });
    expect(Date.parse(status.json.data.lastActivity)).toBeGreaterThan(Date.now() - 60_000);

    // A used code is gone, and a signed-in session does not sign in again.
    const again = await call("POST", "/auth/send-code", headers, { sessionId, phoneNumber: PHONE });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe("ALREADY_AUTHORIZED");
  });

  it("answers PHONE_CODE_EXPIRED for a phoneCodeHash the DC never issued", async () => {
    const { headers } = await createTestApiKey();
    const sessionId = await createSession(headers);
    const sent = await call("POST", "/auth/send-code", headers, { sessionId, phoneNumber: PHONE });
    expect(sent.status).toBe(200);
    const stale = await call("POST", "/auth/verify-code", headers, {
      sessionId,
      phoneNumber: PHONE,
      phoneCodeHash: "0123456789abcdef01",
      code: codeFor(PHONE),
    });
    expect(stale.status).toBe(400);
    expect(stale.json.error.code).toBe("PHONE_CODE_EXPIRED");
  });

  it("refuses numbers the DC does not serve with 400 PHONE_NUMBER_INVALID", async () => {
    const { headers } = await createTestApiKey();
    const sessionId = await createSession(headers);
    const sent = await call("POST", "/auth/send-code", headers, { sessionId, phoneNumber: "+15551234567" });
    expect(sent.status).toBe(400);
    expect(sent.json.error.code).toBe("PHONE_NUMBER_INVALID");
  });
});

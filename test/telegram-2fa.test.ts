// The 2FA path: verify-code answers passwordRequired, then SRP (GramJS's computeCheck in the
// object, checked by the loopback DC) with a wrong and a right password.
import { describe, expect, it } from "vitest";
import { call, codeFor, createSession, createTestApiKey } from "./helpers/telegram.ts";

const PHONE = "+9996649001"; // YYYY starting with 9: 2FA on, password "loopback-2fa"

describe("Telegram proxy 2FA", () => {
  it("asks for the password, refuses a wrong one, accepts the right one", async () => {
    const { headers } = await createTestApiKey();
    const sessionId = await createSession(headers);

    // Before any login code there is no 2FA step to finish.
    const early = await call("POST", "/auth/password", headers, { sessionId, password: "loopback-2fa" });
    expect(early.status).toBe(409);
    expect(early.json.error.code).toBe("PASSWORD_NOT_REQUESTED");

    const sent = await call("POST", "/auth/send-code", headers, { sessionId, phoneNumber: PHONE });
    const verified = await call("POST", "/auth/verify-code", headers, {
      sessionId,
      phoneNumber: PHONE,
      phoneCodeHash: sent.json.data.phoneCodeHash,
      code: codeFor(PHONE),
    });
    expect(verified.status).toBe(200);
    expect(verified.json.data).toEqual({
      authorized: false,
      passwordRequired: true,
      passwordHint: "the loopback 2FA password",
    });
    expect((await call("GET", `/sessions/${sessionId}`, headers)).json.data.authorized).toBe(false);

    const wrong = await call("POST", "/auth/password", headers, { sessionId, password: "not-it" });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error).toEqual({ code: "PASSWORD_HASH_INVALID", message: "The 2FA password is wrong" });
    expect((await call("GET", `/sessions/${sessionId}`, headers)).json.data.authorized).toBe(false);

    const right = await call("POST", "/auth/password", headers, { sessionId, password: "loopback-2fa" });
    expect(right.status).toBe(200);
    expect(right.json.data).toMatchObject({ firstName: "Test", lastName: "User 9001", username: "test9996649001" });

    const status = await call("GET", `/sessions/${sessionId}`, headers);
    expect(status.json.data).toMatchObject({ authorized: true, userId: right.json.data.userId });

    // Signed in: it can read its chats now.
    const poll = await call("GET", "/messages/poll/me", { ...headers, "x-session-id": sessionId });
    expect(poll.status).toBe(200);
  });
});

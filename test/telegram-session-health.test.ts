// Session health: a login Telegram dropped shows in GET /sessions/{id} without a failing call
// first, and AUTH_KEY_DUPLICATED (the session used from two places) is reported as a re-login,
// not retried.
import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call, codeFor, createTestApiKey, dcControl, signedInSession } from "./helpers/telegram.ts";

async function signInAgain(headers: Record<string, string>, sessionId: string, phone: string) {
  const sent = await call("POST", "/auth/send-code", headers, { sessionId, phoneNumber: phone });
  expect(sent.status).toBe(200);
  const verified = await call("POST", "/auth/verify-code", headers, {
    sessionId,
    phoneNumber: phone,
    phoneCodeHash: sent.json.data.phoneCodeHash,
    code: codeFor(phone),
  });
  expect(verified.json.data.authorized).toBe(true);
}

// Each test signs in twice and waits for GramJS to reconnect once: more than the default 5 s on a
// busy machine.
describe("Telegram session health", { timeout: 30_000 }, () => {
  it("shows a login the DC forgot (a restart) as signed out on the status read itself", async () => {
    const { headers } = await createTestApiKey();
    const phone = "+9996675001";
    const { sessionId } = await signedInSession(headers, phone);
    const healthy = await call("GET", `/sessions/${sessionId}`, headers);
    expect(healthy.json.data).toMatchObject({ authorized: true, reloginRequired: false, signedOutReason: null });

    expect((await dcControl("POST", "/forget-auth-keys", { phone })).forgotten).toBe(1);
    // No poll or send in between: the status read finds out.
    const status = await call("GET", `/sessions/${sessionId}`, headers);
    expect(status.status).toBe(200);
    expect(status.json.data).toMatchObject({
      authorized: false,
      reloginRequired: true,
      signedOutReason: "AUTH_KEY_INVALID",
    });
    await signInAgain(headers, sessionId, phone);
    const back = await call("GET", `/sessions/${sessionId}`, headers);
    expect(back.json.data).toMatchObject({ authorized: true, reloginRequired: false, signedOutReason: null });
  });

  it("checks an idle session without leaving a connection open, and shows AUTH_KEY_UNREGISTERED", async () => {
    const { headers } = await createTestApiKey();
    const phone = "+9996675002";
    const { sessionId } = await signedInSession(headers, phone);
    // Five idle minutes: the alarm closes the connection so the object can hibernate.
    const stub = env.TELEGRAM_SESSIONS.get(env.TELEGRAM_SESSIONS.idFromName(sessionId));
    await runInDurableObject(stub, (_instance, state) => {
      state.storage.sql.exec("UPDATE session SET last_activity = ?", Date.now() - 6 * 60_000);
    });
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    const idle = await call("GET", `/sessions/${sessionId}`, headers);
    expect(idle.json.data).toMatchObject({ authorized: true, connected: false });
    expect((await dcControl("GET", `/accounts/${phone}`)).calls["updates.GetState"]).toBeGreaterThan(0);

    // "Terminate all sessions" in another Telegram app; the status read finds out.
    await dcControl("POST", "/terminate-sessions", { phone });
    const status = await call("GET", `/sessions/${sessionId}`, headers);
    expect(status.json.data).toMatchObject({
      authorized: false,
      reloginRequired: true,
      signedOutReason: "AUTH_KEY_UNREGISTERED",
      connected: false,
    });
    const poll = await call("GET", "/messages/poll/me", { ...headers, "x-session-id": sessionId });
    expect(poll.status).toBe(401);
    expect(poll.json.error.code).toBe("TELEGRAM_UNAUTHORIZED");
  });

  it("reports AUTH_KEY_DUPLICATED as a re-login: one call to Telegram, no retry, the key discarded", async () => {
    const { headers } = await createTestApiKey();
    const phone = "+9996675003";
    const { sessionId } = await signedInSession(headers, phone);
    const h = { ...headers, "x-session-id": sessionId };
    const before = (await dcControl("GET", `/accounts/${phone}`)).calls["messages.GetHistory"] ?? 0;
    // Telegram's answer when the same auth key is used from two places at once (406).
    await dcControl("POST", "/faults", { method: "messages.GetHistory", error: "AUTH_KEY_DUPLICATED", phone });

    const refused = await call("GET", "/messages/poll/me", h);
    expect(refused.status).toBe(401);
    expect(refused.json.error).toMatchObject({ code: "TELEGRAM_UNAUTHORIZED" });
    expect(refused.json.error.message).toContain("sign in again");
    // Had anything retried, the one-shot fault would be used up and the retry would have answered 200.
    expect((await dcControl("GET", `/accounts/${phone}`)).calls["messages.GetHistory"]).toBe(before + 1);

    const status = await call("GET", `/sessions/${sessionId}`, headers);
    expect(status.json.data).toMatchObject({
      authorized: false,
      reloginRequired: true,
      signedOutReason: "AUTH_KEY_DUPLICATED",
      connected: false,
    });
    // Nothing loops: further calls are refused here without reaching Telegram.
    expect((await call("GET", "/messages/poll/me", h)).status).toBe(401);
    expect((await dcControl("GET", `/accounts/${phone}`)).calls["messages.GetHistory"]).toBe(before + 1);

    // The duplicated key was thrown away: signing in again makes a new one, and it works.
    const keysBefore = (await dcControl("GET", `/accounts/${phone}`)).authorizations;
    await signInAgain(headers, sessionId, phone);
    expect((await dcControl("GET", `/accounts/${phone}`)).authorizations).toBe(keysBefore + 1);
    expect((await call("GET", "/messages/poll/me", h)).status).toBe(200);
  });
});

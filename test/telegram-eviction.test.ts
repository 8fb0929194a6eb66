// An idle session drops its MTProto connection (alarm), is evicted, and on the next call
// reconnects from its stored (encrypted) session: no new login, and no new auth key (the DC would
// answer AUTH_KEY_UNREGISTERED for a fresh one).
import { env, evictDurableObject, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call, createTestApiKey, dcControl, signedInSession } from "./helpers/telegram.ts";

/**
 * Five idle minutes pass: the alarm closes the connection (an open socket keeps an object from
 * being evicted, here and in production), then the runtime evicts the object.
 */
async function idleAndEvict(stub: DurableObjectStub) {
  await runInDurableObject(stub, (_instance, state) => {
    state.storage.sql.exec("UPDATE session SET last_activity = ?", Date.now() - 6 * 60_000);
  });
  expect(await runDurableObjectAlarm(stub)).toBe(true);
  await evictDurableObject(stub);
}

describe("Telegram proxy after eviction", () => {
  it("reconnects with the stored auth key and keeps the account", async () => {
    const { headers } = await createTestApiKey();
    const phone = "+9996681001";
    const { sessionId, user } = await signedInSession(headers, phone);
    const h = { ...headers, "x-session-id": sessionId };
    expect((await call("POST", "/messages/send/me", h, { message: "before eviction" })).status).toBe(200);

    const stub = env.TELEGRAM_SESSIONS.get(env.TELEGRAM_SESSIONS.idFromName(sessionId));
    await idleAndEvict(stub);

    const status = await call("GET", `/sessions/${sessionId}`, headers);
    expect(status.json.data).toMatchObject({ connected: false, authorized: true, userId: user.userId });

    const poll = await call("GET", "/messages/poll/me", h);
    expect(poll.status).toBe(200);
    expect(poll.json.data.messages.map((m: { text: string }) => m.text)).toEqual(["before eviction"]);
    expect((await call("GET", `/sessions/${sessionId}`, headers)).json.data.connected).toBe(true);
    // Still the one authorization this login made.
    expect((await dcControl("GET", `/accounts/${phone}`)).authorizations).toBe(1);
  });

  it("serializes concurrent first calls after an eviction onto one reconnect", async () => {
    const { headers } = await createTestApiKey();
    const { sessionId } = await signedInSession(headers, "+9996681002");
    const h = { ...headers, "x-session-id": sessionId };
    await idleAndEvict(env.TELEGRAM_SESSIONS.get(env.TELEGRAM_SESSIONS.idFromName(sessionId)));

    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => call("POST", "/messages/send/me", h, { message: `after ${i}` })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(6).fill(200));
    const history = await call("GET", "/messages/poll/me?limit=10", h);
    expect(history.json.data.messages).toHaveLength(6);
  });
});

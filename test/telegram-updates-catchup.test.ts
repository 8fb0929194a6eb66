// Catch-up after a reconnect: what arrives while the session object is gone (aborted, its
// connection with it) is replayed with updates.getDifference from the stored pts when it comes
// back (its alarm), in order and exactly once. And an unsubscribed session still idles out.
import { abortAllDurableObjects, env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { call, createTestApiKey, signedInSession } from "./helpers/telegram.ts";
import { hookUrl, receivedAt } from "./helpers/webhook-peer.ts";

const SECRET = "webhook-secret-for-tests-0123456789";
const texts = async (hook: string) =>
  (await receivedAt(hook)).map((r) => JSON.parse(r.body)).map((e) => [e.seq, e.type, e.message?.text]);

describe("Telegram live updates across a reconnect", { timeout: 30_000 }, () => {
  it("replays what it missed while gone, from the stored pts, once", async () => {
    const { headers } = await createTestApiKey();
    const me = await signedInSession(headers, "+9996673101");
    const friend = await signedInSession(headers, "+9996673102");
    const hf = { ...headers, "x-session-id": friend.sessionId };
    await call("PUT", `/sessions/${me.sessionId}/webhook`, headers, { url: hookUrl("c1"), secret: SECRET });
    await call("POST", `/messages/send/@${me.user.username}`, hf, { message: "before" });
    await vi.waitFor(async () => expect(await receivedAt("c1")).toHaveLength(1), { timeout: 10_000 });

    const stub = env.TELEGRAM_SESSIONS.get(env.TELEGRAM_SESSIONS.idFromName(me.sessionId));
    // The object dies with its connection, as on a deploy or a crash (evictDurableObject waits for
    // an object with an open socket to go idle, which a subscribed session never does).
    await abortAllDurableObjects();
    // Nobody is connected for this account now: Telegram's pushes go nowhere.
    await call("POST", `/messages/send/@${me.user.username}`, hf, { message: "while away 1" });
    await call("POST", `/messages/send/@${me.user.username}`, hf, { message: "while away 2" });
    expect(await receivedAt("c1")).toHaveLength(1);

    // The object comes back on its alarm, reconnects and catches up.
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    await vi.waitFor(async () => expect(await receivedAt("c1")).toHaveLength(3), { timeout: 10_000 });
    expect(await texts("c1")).toEqual([
      [1, "message.new", "before"],
      [2, "message.new", "while away 1"],
      [3, "message.new", "while away 2"],
    ]);
    // Live again after the catch-up, with nothing replayed twice.
    await call("POST", `/messages/send/@${me.user.username}`, hf, { message: "after" });
    await vi.waitFor(async () => expect(await receivedAt("c1")).toHaveLength(4), { timeout: 10_000 });
    expect((await texts("c1"))[3]).toEqual([4, "message.new", "after"]);
  });

  it("lets an unsubscribed session drop its connection when idle (no connection held for nobody)", async () => {
    const { headers } = await createTestApiKey();
    const me = await signedInSession(headers, "+9996673103");
    await call("PUT", `/sessions/${me.sessionId}/webhook`, headers, { url: hookUrl("c2"), secret: SECRET });
    const stub = env.TELEGRAM_SESSIONS.get(env.TELEGRAM_SESSIONS.idFromName(me.sessionId));
    const idle = () =>
      runInDurableObject(stub, (_instance, state) => {
        state.storage.sql.exec("UPDATE session SET last_activity = ?", Date.now() - 6 * 60_000);
      });
    // Subscribed: five idle minutes do not close the connection.
    await idle();
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect((await call("GET", `/sessions/${me.sessionId}`, headers)).json.data.connected).toBe(true);

    await call("DELETE", `/sessions/${me.sessionId}/webhook`, headers);
    await idle();
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect((await call("GET", `/sessions/${me.sessionId}`, headers)).json.data.connected).toBe(false);
  });
});

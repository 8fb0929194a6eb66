import { env, evictDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { api, history, openDialog, send, users } from "./helpers/messaging.ts";
import { addDevice } from "./helpers/realtime.ts";

// A send asks the sender's own object, not D1, whether its session is live and whether anyone
// blocked the sender (api/messages/send-admission.ts, durable/user/session-gate.ts). These are the
// ways that object's view could go stale, each after it has already admitted a send.

const sendAs = (user: Parameters<typeof api>[0], chatId: string, text: string) =>
  api(user, "POST", `/chats/${chatId}/messages`, { clientMessageId: crypto.randomUUID(), text });

describe("a send's admission by the sender's own object", () => {
  it("refuses a session signed out from another device at once, and stores nothing", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const oldPhone = await addDevice(alice);
    const chatId = await openDialog(alice, bob);
    expect((await sendAs(oldPhone, chatId, "from the old phone")).status).toBe(201);

    expect((await api(alice, "DELETE", `/me/sessions/${oldPhone.sessionId}`)).status).toBe(200);
    const refused = await sendAs(oldPhone, chatId, "after the sign-out");
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe("SESSION_REVOKED");
    // The refused send was not counted either: the other device still sends.
    expect((await sendAs(alice, chatId, "from the laptop")).status).toBe(201);
    expect((await history(bob, chatId)).map((m) => m.text)).toEqual(["from the old phone", "from the laptop"]);
  });

  it("refuses a token whose own session logged out, and one that tries again after", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    await send(alice, chatId, "before");
    expect((await api(alice, "POST", "/auth/logout")).status).toBe(200);
    for (const attempt of ["after", "again"]) {
      const refused = await sendAs(alice, chatId, attempt);
      expect(refused.status, attempt).toBe(401);
      expect(refused.body.error.code).toBe("SESSION_REVOKED");
    }
    expect((await history(bob, chatId)).map((m) => m.text)).toEqual(["before"]);
  });

  it("reads D1 again once the object restarts: a revocation stored in D1 alone then stops sends", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    await send(alice, chatId, "before");
    // By hand, past the API (an operator's UPDATE): the object is not told.
    await env.DB.prepare("UPDATE auth_sessions SET revoked_at = ?, revoked_reason = 'revoked' WHERE id = ?")
      .bind(Date.now(), alice.sessionId)
      .run();
    await evictDurableObject(env.USER.get(env.USER.idFromName(alice.userId)));
    const refused = await sendAs(alice, chatId, "after");
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe("SESSION_REVOKED");
    expect((await history(bob, chatId)).map((m) => m.text)).toEqual(["before"]);
  });

  it("refuses a dialog send as soon as the partner blocks, and lets it through once they unblock", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    await send(alice, chatId, "hi");

    expect((await api(bob, "PUT", `/me/blocked/${alice.userId}`)).status).toBe(200);
    const refused = await sendAs(alice, chatId, "still there?");
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("BLOCKED");

    expect((await api(bob, "DELETE", `/me/blocked/${alice.userId}`)).status).toBe(200);
    expect((await sendAs(alice, chatId, "sorry")).status).toBe(201);
    expect((await history(bob, chatId)).map((m) => m.text)).toEqual(["hi", "sorry"]);
  });

  it("still refuses when another user's block remains after one unblocks", async () => {
    const [alice, bob, carol] = await users(3);
    if (!alice || !bob || !carol) throw new Error("users");
    const withBob = await openDialog(alice, bob);
    const withCarol = await openDialog(alice, carol);
    expect((await api(bob, "PUT", `/me/blocked/${alice.userId}`)).status).toBe(200);
    expect((await api(carol, "PUT", `/me/blocked/${alice.userId}`)).status).toBe(200);
    expect((await api(carol, "DELETE", `/me/blocked/${alice.userId}`)).status).toBe(200);

    expect((await sendAs(alice, withCarol, "to carol")).status).toBe(201);
    const refused = await sendAs(alice, withBob, "to bob");
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("BLOCKED");
  });
});

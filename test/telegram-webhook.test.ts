// Live updates through a webhook: each new, edited and deleted message of the signed-in account is
// posted to the subscribed URL, signed with HMAC-SHA256 over the body; unsubscribing stops them.
import { describe, expect, it, vi } from "vitest";
import { call, createTestApiKey, dcControl, signedInSession } from "./helpers/telegram.ts";
import { expectedSignature, hookUrl, receivedAt } from "./helpers/webhook-peer.ts";

const SECRET = "webhook-secret-for-tests-0123456789";

// biome-ignore lint/suspicious/noExplicitAny: events are read as the receiver reads them
const events = async (name: string): Promise<any[]> => (await receivedAt(name)).map((r) => JSON.parse(r.body));

describe("Telegram webhook", { timeout: 30_000 }, () => {
  it("posts new, edited and deleted messages as they happen, signed, in order", async () => {
    const { headers } = await createTestApiKey();
    const me = await signedInSession(headers, "+9996676001");
    const friend = await signedInSession(headers, "+9996676002");
    const put = await call("PUT", `/sessions/${me.sessionId}/webhook`, headers, { url: hookUrl("w1"), secret: SECRET });
    expect(put.status).toBe(200);
    expect(put.json.data).toEqual({ webhook: { url: hookUrl("w1"), failing: false } });
    expect((await call("GET", `/sessions/${me.sessionId}/webhook`, headers)).json.data).toEqual(put.json.data);

    const hf = { ...headers, "x-session-id": friend.sessionId };
    const sent = await call("POST", `/messages/send/@${me.user.username}`, hf, { message: "live one" });
    expect(sent.status).toBe(200);
    await vi.waitFor(async () => expect(await receivedAt("w1")).toHaveLength(1), { timeout: 10_000 });
    const [first] = await receivedAt("w1");
    if (!first) throw new Error("no post");
    expect(first.signature).toBe(await expectedSignature(SECRET, first.body));
    expect(JSON.parse(first.body)).toMatchObject({
      sessionId: me.sessionId,
      seq: 1,
      type: "message.new",
      message: { text: "live one", out: false, fromId: friend.user.userId, chatId: friend.user.userId },
    });

    // The friend edits and then deletes it for everyone (from another device of theirs).
    await dcControl("POST", "/edit-message", {
      phone: "+9996676002",
      id: sent.json.data.id,
      text: "live one (edited)",
    });
    await dcControl("POST", "/delete-messages", { phone: "+9996676002", ids: [sent.json.data.id], revoke: true });
    await vi.waitFor(async () => expect(await receivedAt("w1")).toHaveLength(3), { timeout: 10_000 });
    const all = await events("w1");
    expect(all.map((e) => [e.seq, e.type])).toEqual([
      [1, "message.new"],
      [2, "message.edited"],
      [3, "message.deleted"],
    ]);
    expect(all[1].message.text).toBe("live one (edited)");
    expect(all[2].messageIds).toEqual([all[0].message.id]);
    for (const post of await receivedAt("w1")) expect(post.signature).toBe(await expectedSignature(SECRET, post.body));

    // Unsubscribed: nothing more arrives.
    const deleted = await call("DELETE", `/sessions/${me.sessionId}/webhook`, headers);
    expect(deleted.json.data).toEqual({ webhook: null });
    await call("POST", `/messages/send/@${me.user.username}`, hf, { message: "nobody listens" });
    // A call on the same session after it: the push of the message above has most likely been
    // handled by then (a wrong implementation would be caught here, not on every run).
    await call("POST", "/messages/send/me", { ...headers, "x-session-id": me.sessionId }, { message: "sync" });
    expect(await receivedAt("w1")).toHaveLength(3);
  });

  it("refuses bad input with 400 and other keys or unsigned sessions without subscribing", async () => {
    const { headers } = await createTestApiKey();
    const other = await createTestApiKey("other");
    const me = await signedInSession(headers, "+9996676003");
    const path = `/sessions/${me.sessionId}/webhook`;
    for (const body of [
      {},
      { url: hookUrl("w2") },
      { url: "not a url", secret: SECRET },
      { url: "ftp://example.com/x", secret: SECRET },
      { url: hookUrl("w2"), secret: "short" },
      { url: hookUrl("w2"), secret: "x".repeat(257) },
    ]) {
      const res = await call("PUT", path, headers, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error.code).toBe("VALIDATION_FAILED");
    }
    expect(
      (await call("PUT", "/sessions/not-a-uuid/webhook", headers, { url: hookUrl("w2"), secret: SECRET })).status,
    ).toBe(400);
    for (const [method, body] of [
      ["PUT", { url: hookUrl("w2"), secret: SECRET }],
      ["GET", undefined],
      ["DELETE", undefined],
    ] as const) {
      const notYours = await call(method, path, other.headers, body);
      expect(notYours.status).toBe(404);
      expect(notYours.json.error.message).toBe("No such session");
    }
    const unsigned = await call("POST", "/sessions", headers);
    const notSignedIn = await call("PUT", `/sessions/${unsigned.json.data.sessionId}/webhook`, headers, {
      url: hookUrl("w2"),
      secret: SECRET,
    });
    expect(notSignedIn.status).toBe(401);
    expect(notSignedIn.json.error.code).toBe("TELEGRAM_UNAUTHORIZED");
    expect((await call("GET", path, headers)).json.data).toEqual({ webhook: null });
  });
});

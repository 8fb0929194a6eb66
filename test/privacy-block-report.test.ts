import { describe, expect, it } from "vitest";
import { api, drain, openDialog, send, type TestUser, users } from "./helpers/messaging.ts";

type GroupChange = { chat: { id: string; memberCount: number }; invitedUserIds: string[] };

async function pair() {
  const [victim, harasser, other] = await users(3);
  if (!victim || !harasser || !other) throw new Error("users");
  return { victim, harasser, other };
}
const sendAs = (user: TestUser, chatId: string, text: string) =>
  api(user, "POST", `/chats/${chatId}/messages`, { clientMessageId: `blk-${Math.random()}`, text });

describe("blocking a user", () => {
  it("stops their messages in your dialog with 403 BLOCKED, and unblocking lets them through again", async () => {
    const { victim, harasser } = await pair();
    const dialog = await openDialog(harasser, victim);
    expect((await sendAs(harasser, dialog, "hello")).status).toBe(201);
    const blocked = await api(victim, "PUT", `/me/blocked/${harasser.userId}`);
    expect(blocked.status).toBe(200);
    expect(blocked.body.data).toEqual({ userId: harasser.userId, blocked: true });
    // Idempotent.
    expect((await api(victim, "PUT", `/me/blocked/${harasser.userId}`)).status).toBe(200);
    const refused = await sendAs(harasser, dialog, "you cannot ignore me");
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("BLOCKED");
    // The victim can still write (blocking is one-way), and nothing was stored from the harasser.
    expect((await sendAs(victim, dialog, "stop")).status).toBe(201);
    const history = await api<{ messages: { text: string }[] }>(victim, "GET", `/chats/${dialog}/messages`);
    expect(history.body.data.messages.map((m) => m.text)).not.toContain("you cannot ignore me");

    const listed = await api<{ users: { userId: string }[] }>(victim, "GET", "/me/blocked");
    expect(listed.body.data.users.map((u) => u.userId)).toEqual([harasser.userId]);
    expect((await api(victim, "DELETE", `/me/blocked/${harasser.userId}`)).body.data).toEqual({
      userId: harasser.userId,
      blocked: false,
    });
    expect((await sendAs(harasser, dialog, "sorry")).status).toBe(201);
    await drain(dialog);
  });

  it("stops their group adds and invitations, silently (they are told 'invited')", async () => {
    const { victim, harasser } = await pair();
    await api(victim, "PUT", `/me/blocked/${harasser.userId}`);
    const created = await api<GroupChange>(harasser, "POST", "/groups", { title: "Hi", memberIds: [victim.userId] });
    expect(created.status).toBe(201);
    expect(created.body.data.invitedUserIds).toEqual([victim.userId]);
    expect(created.body.data.chat.memberCount).toBe(1);
    const invites = await api<{ invitations: unknown[] }>(victim, "GET", "/me/group-invitations");
    expect(invites.body.data.invitations).toEqual([]);
  });

  it("refuses yourself (400) and unknown users (404); ids in the path are validated", async () => {
    const { victim } = await pair();
    expect((await api(victim, "PUT", `/me/blocked/${victim.userId}`)).status).toBe(400);
    const unknown = await api(victim, "PUT", "/me/blocked/usr_nobody");
    expect(unknown.status).toBe(404);
    expect(unknown.body.success).toBe(false);
    expect((await api(victim, "PUT", `/me/blocked/${"x".repeat(100)}`)).status).toBe(400);
    expect((await api(null, "PUT", "/me/blocked/usr_nobody")).status).toBe(401);
  });
});

describe("reporting a message", () => {
  it("stores a report once per message, for members only; strangers get 404", async () => {
    const { victim, harasser, other } = await pair();
    const dialog = await openDialog(harasser, victim);
    const message = await send(harasser, dialog, "buy my crypto");
    const first = await api<{ reportId: string }>(victim, "POST", `/chats/${dialog}/messages/${message.seq}/report`, {
      reason: "spam",
    });
    expect(first.status).toBe(200);
    const again = await api<{ reportId: string }>(victim, "POST", `/chats/${dialog}/messages/${message.seq}/report`, {
      reason: "spam",
      comment: "again",
    });
    expect(again.body.data.reportId).toBe(first.body.data.reportId);
    expect(
      (await api(other, "POST", `/chats/${dialog}/messages/${message.seq}/report`, { reason: "spam" })).status,
    ).toBe(404);
    for (const bad of [{}, { reason: "boring" }, { reason: "other", comment: "x".repeat(1001) }]) {
      expect((await api(victim, "POST", `/chats/${dialog}/messages/${message.seq}/report`, bad)).status).toBe(400);
    }
    await drain(dialog);
  });

  it("is rate-limited: the 51st report in a day is a 429", async () => {
    const { victim, harasser } = await pair();
    const dialog = await openDialog(harasser, victim);
    const message = await send(harasser, dialog, "x");
    // Each report costs the budget, repeats too (so the limit cannot be dodged by re-reporting).
    for (let i = 0; i < 50; i++) {
      const res = await api(victim, "POST", `/chats/${dialog}/messages/${message.seq}/report`, { reason: "abuse" });
      expect(res.status, `report ${i + 1}`).toBe(200);
    }
    const limited = await api(victim, "POST", `/chats/${dialog}/messages/${message.seq}/report`, { reason: "abuse" });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    await drain(dialog);
  });
});

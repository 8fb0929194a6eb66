import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { TestUser } from "./helpers/messaging.ts";
import {
  api,
  chatStub,
  createGroup,
  drain,
  history,
  openDialog,
  outboxRows,
  send,
  users,
} from "./helpers/messaging.ts";

const thumbs = encodeURIComponent("👍");

/** Every chat route, with a valid body: only membership can make them fail. */
function everyChatRoute(chatId: string, someUserId: string): [string, string, unknown?][] {
  return [
    ["GET", `/chats/${chatId}`],
    ["PATCH", `/chats/${chatId}/settings`, { muted: true }],
    ["GET", `/chats/${chatId}/messages`],
    ["POST", `/chats/${chatId}/messages`, { clientMessageId: "intruder", text: "hi" }],
    ["PATCH", `/chats/${chatId}/messages/1`, { text: "changed" }],
    ["DELETE", `/chats/${chatId}/messages/1`],
    ["DELETE", `/chats/${chatId}/messages/1?forEveryone=true`],
    ["PUT", `/chats/${chatId}/messages/1/reactions/${thumbs}`],
    ["DELETE", `/chats/${chatId}/messages/1/reactions/${thumbs}`],
    ["POST", `/chats/${chatId}/read`, { upToSeq: 1 }],
    ["PATCH", `/groups/${chatId}`, { title: "taken over" }],
    ["POST", `/groups/${chatId}/members`, { userIds: [someUserId] }],
    ["DELETE", `/groups/${chatId}/members/${someUserId}`],
    ["PATCH", `/groups/${chatId}/members/${someUserId}`, { role: "admin" }],
  ];
}

async function expectAll404(user: TestUser, chatId: string, someUserId: string) {
  const bodies = new Set<string>();
  for (const [method, path, body] of everyChatRoute(chatId, someUserId)) {
    const res = await api(user, method, path, body);
    expect(res.status, `${method} ${path}`).toBe(404);
    expect(res.body.error.code).toBe("NOT_FOUND");
    bodies.add(res.body.error.message);
  }
  return bodies;
}

describe("non-members get 404 on every chat route", () => {
  it("for a group: the same answers as for a chat that does not exist, and nothing changes", async () => {
    const [owner, member, stranger] = await users(3);
    if (!owner || !member || !stranger) throw new Error("users");
    const chatId = await createGroup(owner, [member]);
    await send(owner, chatId, "members only");
    await drain(chatId);

    const forExisting = await expectAll404(stranger, chatId, member.userId);
    const missingId = `grp_${"0".repeat(32)}`;
    const forMissing = await expectAll404(stranger, missingId, member.userId);
    // Probing an id that names no chat leaves no storage behind.
    const tables = await runInDurableObject(chatStub(missingId), (_instance, state) =>
      state.storage.sql
        .exec<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, 1, 4) != '_cf_'")
        .toArray(),
    );
    expect(tables).toEqual([]);
    // A non-member cannot tell an existing chat from a missing one by the message either.
    expect([...forExisting].sort()).toEqual([...forMissing].sort());

    const seen = await history(owner, chatId);
    expect(seen.map((m) => [m.text, m.editedAt, m.reactions])).toEqual([["members only", null, []]]);
    const details = await api<{
      chat: { title: string };
      members: { userId: string; role: string }[];
      readSeq: number;
    }>(owner, "GET", `/chats/${chatId}`);
    expect(details.body.data.chat.title).toBe("Test group");
    expect(details.body.data.members.map((m) => m.role).sort()).toEqual(["member", "owner"]);
    expect(await outboxRows(chatId)).toBe(0);
  });

  it("for a dialog between two others", async () => {
    const [alice, bob, eve] = await users(3);
    if (!alice || !bob || !eve) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    await send(alice, chatId, "private");
    await expectAll404(eve, chatId, bob.userId);
    expect((await history(bob, chatId)).map((m) => m.text)).toEqual(["private"]);
  });

  it("a removed member loses access at once", async () => {
    const [owner, member] = await users(2);
    if (!owner || !member) throw new Error("users");
    const chatId = await createGroup(owner, [member]);
    await send(owner, chatId, "before removal");
    expect((await api(owner, "DELETE", `/groups/${chatId}/members/${member.userId}`)).status).toBe(200);
    await expectAll404(member, chatId, owner.userId);
  });

  it("cannot forward from a chat one is not in (and nothing is stored)", async () => {
    const [alice, bob, eve] = await users(3);
    if (!alice || !bob || !eve) throw new Error("users");
    const secretChat = await openDialog(alice, bob);
    await send(alice, secretChat, "the secret");
    const eveChat = await openDialog(eve, alice);
    const res = await api(eve, "POST", `/chats/${eveChat}/messages`, {
      clientMessageId: "steal",
      forward: { chatId: secretChat, seq: 1 },
    });
    expect(res.status).toBe(404);
    expect(await history(eve, eveChat)).toEqual([]);
  });

  it("every chat route needs a token", async () => {
    const [owner] = await users(1);
    if (!owner) throw new Error("users");
    const chatId = await createGroup(owner, []);
    for (const [method, path, body] of [
      ...everyChatRoute(chatId, owner.userId),
      ["GET", "/chats"],
      ["POST", "/groups", { title: "x" }],
      ["POST", "/chats/dialogs", { userId: owner.userId }],
      ["GET", "/updates?since=0"],
      ["POST", "/updates/ack", { pts: 1 }],
    ] as [string, string, unknown?][]) {
      expect((await api(null, method, path, body)).status, `${method} ${path}`).toBe(401);
    }
  });
});

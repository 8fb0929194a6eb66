import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ChatStore } from "../durable/chat/store.ts";
import { DomainRefusal } from "../durable/outcome.ts";
import { allUpdates, api, chatStub, createGroup, drain, users } from "./helpers/messaging.ts";

describe("bad input on the group endpoints: 4xx in the envelope, and nothing changes", () => {
  it("refuses every malformed request", async () => {
    const [owner, bob] = await users(2);
    if (!owner || !bob) throw new Error("users");
    const chatId = await createGroup(owner, [bob], "Stable");
    await drain(chatId);
    const before = await api(owner, "GET", `/chats/${chatId}`);
    const bobUpdates = await allUpdates(bob);
    const groupsBefore = (await api<{ chats: unknown[] }>(owner, "GET", "/chats")).body.data.chats.length;

    const cases: [string, string, unknown, number][] = [
      ["POST", "/groups", {}, 400],
      ["POST", "/groups", { title: "" }, 400],
      ["POST", "/groups", { title: "   " }, 400],
      ["POST", "/groups", { title: "x".repeat(129) }, 400],
      ["POST", "/groups", { title: "ok", memberIds: "all" }, 400],
      ["POST", "/groups", { title: "ok", memberIds: ["bad id!"] }, 400],
      ["POST", "/groups", { title: "ok", memberIds: ["usr_doesnotexist"] }, 400],
      ["POST", "/groups", { title: "ok", memberIds: Array.from({ length: 201 }, (_, i) => `usr_${i}`) }, 400],
      ["POST", "/groups", { title: "ok", ownerId: bob.userId }, 400],
      ["POST", "/groups", "nope", 400],
      ["PATCH", `/groups/${chatId}`, {}, 400],
      ["PATCH", `/groups/${chatId}`, { title: "" }, 400],
      ["PATCH", `/groups/${chatId}`, { about: "x".repeat(1025) }, 400],
      ["PATCH", `/groups/${chatId}`, { title: "ok", createdBy: bob.userId }, 400],
      ["PATCH", "/groups/grp_short", { title: "ok" }, 400],
      ["POST", `/groups/${chatId}/members`, { userIds: [] }, 400],
      ["POST", `/groups/${chatId}/members`, { userIds: ["usr_doesnotexist"] }, 400],
      ["POST", `/groups/${chatId}/members`, { userIds: [bob.userId], role: "admin" }, 400],
      ["DELETE", `/groups/${chatId}/members/${encodeURIComponent("bad id!")}`, undefined, 400],
      ["DELETE", `/groups/${chatId}/members/usr_notamember`, undefined, 404],
      ["PATCH", `/groups/${chatId}/members/${bob.userId}`, { role: "owner" }, 400],
      ["PATCH", `/groups/${chatId}/members/${bob.userId}`, { role: "boss" }, 400],
      ["PATCH", `/groups/${chatId}/members/${bob.userId}`, {}, 400],
      ["PATCH", `/groups/${chatId}/members/usr_notamember`, { role: "admin" }, 404],
      ["GET", "/chats?limit=0", undefined, 400],
      ["GET", "/chats?limit=101", undefined, 400],
      ["GET", "/chats?cursor=not-a-cursor", undefined, 400],
      ["GET", "/chats/dlg_XYZ", undefined, 400],
      ["PATCH", `/chats/${chatId}/settings`, {}, 400],
      ["PATCH", `/chats/${chatId}/settings`, { muted: "yes" }, 400],
      ["PATCH", `/chats/${chatId}/settings`, { pinned: 1 }, 400],
      ["PATCH", `/chats/${chatId}/settings`, { mutedUntil: "tomorrow" }, 400],
      ["PATCH", `/chats/${chatId}/settings`, { pinned: true, unreadCount: 0 }, 400],
      ["GET", "/updates", undefined, 400],
      ["GET", "/updates?since=-1", undefined, 400],
      ["GET", "/updates?since=0&limit=0", undefined, 400],
      ["GET", "/updates?since=0&limit=1001", undefined, 400],
      ["GET", "/updates?since=abc", undefined, 400],
    ];
    for (const [method, path, body, status] of cases) {
      const res = await api(owner, method, path, body);
      expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(status);
      expect(res.body.success).toBe(false);
    }
    await drain(chatId);
    expect((await api(owner, "GET", `/chats/${chatId}`)).body).toEqual(before.body);
    expect(await allUpdates(bob)).toEqual(bobUpdates);
    expect((await api<{ chats: unknown[] }>(owner, "GET", "/chats")).body.data.chats.length).toBe(groupsBefore);
  });

  it("enforces the member limit on creation and on adding (the rule, at a limit of 3)", async () => {
    const [owner, a, b, c] = await users(4);
    if (!owner || !a || !b || !c) throw new Error("users");
    const chatId = await createGroup(owner, [a]);
    await runInDurableObject(chatStub(chatId), (_instance, state) => {
      const store = new ChatStore(state.storage.sql);
      const refusal = (work: () => unknown) => {
        try {
          state.storage.transactionSync(work);
        } catch (error) {
          return error instanceof DomainRefusal ? { status: error.status, code: error.code } : error;
        }
        return "accepted";
      };
      expect(refusal(() => store.addMembers(owner.userId, [b.userId, c.userId], 3))).toEqual({
        status: 409,
        code: "MEMBER_LIMIT_REACHED",
      });
      expect(refusal(() => store.addMembers(owner.userId, [b.userId], 3))).toBe("accepted");
      expect(refusal(() => store.addMembers(owner.userId, [c.userId], 3))).toEqual({
        status: 409,
        code: "MEMBER_LIMIT_REACHED",
      });
      const fresh = new ChatStore(state.storage.sql);
      expect(refusal(() => fresh.createGroup(chatId, owner.userId, "again", [], 3))).toEqual({
        status: 409,
        code: "CONFLICT",
      });
    });
    const details = await api<{ members: unknown[] }>(owner, "GET", `/chats/${chatId}`);
    expect(details.body.data.members).toHaveLength(3);
  });
});

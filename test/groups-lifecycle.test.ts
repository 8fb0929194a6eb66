import { describe, expect, it } from "vitest";
import type { ChatListItem } from "../openapi/messaging-types.ts";
import type { Update } from "../openapi/realtime-types.ts";
import { allUpdates, api, createGroup, drain, history, send, users } from "./helpers/messaging.ts";

type Details = {
  chat: { id: string; title: string; about: string; memberCount: number; kind: string; createdBy: string };
  myRole: string;
  members: { userId: string; role: string }[];
};

const roles = (d: Details) => Object.fromEntries(d.members.map((m) => [m.userId, m.role]));

describe("groups", () => {
  it("are created with the caller as owner, and every member gets them in their chat list", async () => {
    const [owner, bob, carol] = await users(3);
    if (!owner || !bob || !carol) throw new Error("users");
    const res = await api<Details>(owner, "POST", "/groups", {
      title: "  Trip  ",
      memberIds: [bob.userId, carol.userId, bob.userId],
    });
    expect(res.status).toBe(201);
    expect(res.body.data.chat).toMatchObject({ kind: "group", title: "Trip", memberCount: 3, createdBy: owner.userId });
    expect(res.body.data.myRole).toBe("owner");
    expect(roles(res.body.data)).toEqual({ [owner.userId]: "owner", [bob.userId]: "member", [carol.userId]: "member" });
    const chatId = res.body.data.chat.id;
    await drain(chatId);
    for (const member of [owner, bob, carol]) {
      const list = await api<{ chats: ChatListItem[] }>(member, "GET", "/chats");
      expect(list.body.data.chats).toEqual([
        expect.objectContaining({ chatId, kind: "group", title: "Trip", unreadCount: 0 }),
      ]);
    }
    const bobView = await api<Details>(bob, "GET", `/chats/${chatId}`);
    expect(bobView.body.data.myRole).toBe("member");
  });

  it("owner and admins edit title/about and add members; plain members get 403", async () => {
    const [owner, admin, member, newcomer] = await users(4);
    if (!owner || !admin || !member || !newcomer) throw new Error("users");
    const chatId = await createGroup(owner, [admin, member]);
    expect((await api(owner, "PATCH", `/groups/${chatId}/members/${admin.userId}`, { role: "admin" })).status).toBe(
      200,
    );
    expect((await api(member, "PATCH", `/groups/${chatId}`, { title: "mine now" })).status).toBe(403);
    expect((await api(member, "POST", `/groups/${chatId}/members`, { userIds: [newcomer.userId] })).status).toBe(403);
    expect((await api(admin, "PATCH", `/groups/${chatId}/members/${member.userId}`, { role: "admin" })).status).toBe(
      403,
    );

    const renamed = await api<Details>(admin, "PATCH", `/groups/${chatId}`, {
      title: "Renamed",
      about: "all about it",
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data.chat).toMatchObject({ title: "Renamed", about: "all about it" });

    await send(owner, chatId, "before the newcomer");
    const added = await api<Details>(admin, "POST", `/groups/${chatId}/members`, {
      userIds: [newcomer.userId, member.userId],
    });
    expect(added.status).toBe(200);
    expect(added.body.data.chat.memberCount).toBe(4);

    await drain(chatId);
    const memberUpdates = await allUpdates(member);
    expect(memberUpdates.map((u) => u.type)).toEqual([
      "chatUpdated",
      "chatUpdated",
      "chatUpdated",
      "newMessage",
      "memberAdded",
    ]);
    const memberAdded = memberUpdates.at(-1) as Extract<Update, { type: "memberAdded" }>;
    expect(memberAdded).toMatchObject({ userIds: [newcomer.userId], addedBy: admin.userId });
    // The newcomer sees the group, with its history, and nothing from before counts as unread.
    const list = await api<{ chats: ChatListItem[] }>(newcomer, "GET", "/chats");
    expect(list.body.data.chats).toEqual([
      expect.objectContaining({
        chatId,
        title: "Renamed",
        unreadCount: 0,
        readSeq: 1,
        lastSeq: 1,
        lastMessage: expect.objectContaining({ seq: 1, text: "before the newcomer" }),
      }),
    ]);
    expect((await history(newcomer, chatId)).map((m) => m.text)).toEqual(["before the newcomer"]);
  });

  it("members leave; admins remove plain members only; the owner removes anyone", async () => {
    const [owner, admin, m1, m2] = await users(4);
    if (!owner || !admin || !m1 || !m2) throw new Error("users");
    const chatId = await createGroup(owner, [admin, m1, m2]);
    await api(owner, "PATCH", `/groups/${chatId}/members/${admin.userId}`, { role: "admin" });

    expect((await api(m1, "DELETE", `/groups/${chatId}/members/${m2.userId}`)).status).toBe(403);
    expect((await api(admin, "DELETE", `/groups/${chatId}/members/${owner.userId}`)).status).toBe(403);
    const left = await api<{ left: boolean }>(m1, "DELETE", `/groups/${chatId}/members/${m1.userId}`);
    expect(left.status).toBe(200);
    expect(left.body.data.left).toBe(true);
    const removed = await api<{ left: boolean }>(admin, "DELETE", `/groups/${chatId}/members/${m2.userId}`);
    expect(removed.body.data.left).toBe(false);
    expect((await api(owner, "DELETE", `/groups/${chatId}/members/${m2.userId}`)).status).toBe(404);
    expect((await api(owner, "DELETE", `/groups/${chatId}/members/${admin.userId}`)).status).toBe(200);

    await drain(chatId);
    // Everyone who was a member heard of each removal that concerned them; the chat left their lists.
    for (const gone of [m1, m2, admin]) {
      const list = await api<{ chats: ChatListItem[] }>(gone, "GET", "/chats");
      expect(list.body.data.chats).toEqual([]);
      const last = (await allUpdates(gone)).at(-1);
      expect(last).toMatchObject({ type: "memberRemoved", userId: gone.userId });
    }
    const details = await api<Details>(owner, "GET", `/chats/${chatId}`);
    expect(details.body.data.members.map((m) => m.userId)).toEqual([owner.userId]);
  });

  it("an owner who leaves hands the group to the longest-serving admin", async () => {
    const [owner, m1, admin] = await users(3);
    if (!owner || !m1 || !admin) throw new Error("users");
    const chatId = await createGroup(owner, [m1, admin]);
    await api(owner, "PATCH", `/groups/${chatId}/members/${admin.userId}`, { role: "admin" });
    expect((await api(owner, "PATCH", `/groups/${chatId}/members/${owner.userId}`, { role: "member" })).status).toBe(
      409,
    );
    expect((await api(owner, "DELETE", `/groups/${chatId}/members/${owner.userId}`)).status).toBe(200);
    const details = await api<Details>(admin, "GET", `/chats/${chatId}`);
    expect(details.body.data.myRole).toBe("owner");
    expect(roles(details.body.data)).toEqual({ [admin.userId]: "owner", [m1.userId]: "member" });
    await drain(chatId);
    const last = (await allUpdates(m1)).at(-1);
    expect(last).toMatchObject({ type: "chatUpdated", member: { userId: admin.userId, role: "owner" } });
  });

  it("group routes do not apply to dialogs", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const dialog = (await api<Details>(alice, "POST", "/chats/dialogs", { userId: bob.userId })).body.data.chat.id;
    expect((await api(alice, "PATCH", `/groups/${dialog}`, { title: "x" })).status).toBe(404);
    expect((await api(alice, "DELETE", `/groups/${dialog}/members/${bob.userId}`)).status).toBe(404);
  });
});

import { describe, expect, it } from "vitest";
import { allUpdates, api, createGroup, drain, send, type TestUser, users } from "./helpers/messaging.ts";

// After delete-for-everyone, no member (present, past, or one who had hidden it) can read its text anywhere.
async function everythingReadableBy(user: TestUser, chatId: string): Promise<string> {
  const [updates, chats, history] = await Promise.all([
    allUpdates(user),
    api(user, "GET", "/chats"),
    api(user, "GET", `/chats/${chatId}/messages`),
  ]);
  return JSON.stringify({ updates, chats: chats.body, history: history.body });
}

async function group() {
  const [alice, bob, carol, dave] = await users(4);
  if (!alice || !bob || !carol || !dave) throw new Error("users");
  return { alice, bob, carol, dave, chatId: await createGroup(alice, [bob, carol]) };
}

describe("deleted means deleted", () => {
  it("the text leaves history, update logs, chat lists and the previews carried by memberAdded", async () => {
    const { alice, bob, carol, dave, chatId } = await group();
    const secret = await send(alice, chatId, "the door code is 4711");
    // A member added now receives the secret as the chat's preview, and so do the others' logs.
    expect((await api(alice, "POST", `/groups/${chatId}/members`, { userIds: [dave.userId] })).status).toBe(200);
    await drain(chatId);
    expect(await everythingReadableBy(dave, chatId)).toContain("4711");

    expect((await api(alice, "DELETE", `/chats/${chatId}/messages/${secret.seq}?forEveryone=true`)).status).toBe(200);
    await drain(chatId);
    for (const member of [alice, bob, carol, dave]) {
      expect(await everythingReadableBy(member, chatId), member.userId).not.toContain("4711");
    }
  });

  it("a member who had deleted it for themselves keeps no copy in a later preview", async () => {
    const { alice, bob, chatId } = await group();
    await send(alice, chatId, "older note");
    const secret = await send(alice, chatId, "the password is swordfish");
    await drain(chatId);
    // Bob hides the secret for himself; his chat preview falls back to the older note.
    expect((await api(bob, "DELETE", `/chats/${chatId}/messages/${secret.seq}`)).status).toBe(200);
    await drain(chatId);
    const older = (await api<{ messages: { seq: number; text: string }[] }>(bob, "GET", `/chats/${chatId}/messages`))
      .body.data.messages[0];
    expect(older?.text).toBe("older note");
    // The older note goes for everyone: everyone else's preview becomes the secret, Bob's must not.
    await api(alice, "DELETE", `/chats/${chatId}/messages/${older?.seq}?forEveryone=true`);
    await drain(chatId);
    expect(await everythingReadableBy(bob, chatId)).not.toContain("swordfish");
    // Then the secret goes for everyone too.
    await api(alice, "DELETE", `/chats/${chatId}/messages/${secret.seq}?forEveryone=true`);
    await drain(chatId);
    expect(await everythingReadableBy(bob, chatId)).not.toContain("swordfish");
    expect(await everythingReadableBy(alice, chatId)).not.toContain("swordfish");
  });

  it("a member who left keeps no text of the group in their update log", async () => {
    const { alice, carol, chatId } = await group();
    await send(alice, chatId, "meet at the old mill");
    await drain(chatId);
    expect(JSON.stringify(await allUpdates(carol))).toContain("old mill");
    expect((await api(carol, "DELETE", `/groups/${chatId}/members/${carol.userId}`)).status).toBe(200);
    await drain(chatId);
    expect(JSON.stringify(await allUpdates(carol))).not.toContain("old mill");
    expect((await api(carol, "GET", `/chats/${chatId}/messages`)).status).toBe(404);
  });
});

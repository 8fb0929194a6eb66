import { describe, expect, it } from "vitest";
import { api, createGroup, drain, openDialog, send, type TestUser, users } from "./helpers/messaging.ts";
import { pause, TestSocket } from "./helpers/realtime.ts";

// Someone who saved Alice's number, or shares a chat with her, watching her come and go.
const profileOf = async (viewer: TestUser, user: TestUser) =>
  (await api<{ online: boolean; lastSeen: number | null }>(viewer, "GET", `/users/${user.userId}`)).body.data;
const heardOf = (socket: TestSocket, type: "presence" | "typing", userId: string) =>
  socket.frames.filter((f) => f.type === type && "userId" in f && f.userId === userId);
/** Frames that were going to arrive have arrived (the relay to every peer goes out in one batch). */
const settle = () => pause(300);

async function cast() {
  const [alice, friend, watcher] = await users(3);
  if (!alice || !friend || !watcher) throw new Error("users");
  // Alice has her friend's number; the watcher has Alice's (and a dialog with her), not the other way round.
  await api(alice, "POST", "/contacts/import", { contacts: [{ phone: friend.phone, firstName: "Friend" }] });
  await api(watcher, "POST", "/contacts/import", { contacts: [{ phone: alice.phone, firstName: "Alice" }] });
  const dialog = await openDialog(watcher, alice);
  await send(watcher, dialog, "hi");
  const friendDialog = await openDialog(friend, alice);
  await send(friend, friendDialog, "hey");
  await Promise.all([drain(dialog), drain(friendDialog)]);
  return { alice, friend, watcher };
}

describe("who sees my last seen and online", () => {
  it("'contacts': my contacts hear of me coming online; someone who only saved my number does not", async () => {
    const { alice, friend, watcher } = await cast();
    expect((await api(alice, "PATCH", "/me/privacy", { presence: "contacts" })).status).toBe(200);
    const friendSocket = await TestSocket.open(friend, { sync: "now" });
    const watcherSocket = await TestSocket.open(watcher, { sync: "now" });
    const aliceSocket = await TestSocket.open(alice, { sync: "now" });
    await friendSocket.waitFor((f) => f.type === "presence" && f.userId === alice.userId && f.online);
    await settle();
    expect(heardOf(watcherSocket, "presence", alice.userId)).toEqual([]);
    expect(await profileOf(friend, alice)).toMatchObject({ online: true });
    expect(await profileOf(watcher, alice)).toEqual(expect.objectContaining({ online: false, lastSeen: null }));
    // Alice sees herself.
    expect((await profileOf(alice, alice)).online).toBe(true);
    for (const socket of [friendSocket, watcherSocket, aliceSocket]) socket.close();
  });

  it("'nobody': no one sees it; and, reciprocally, Alice then sees no one's", async () => {
    const { alice, friend, watcher } = await cast();
    await api(alice, "PATCH", "/me/privacy", { presence: "nobody" });
    const friendSocket = await TestSocket.open(friend, { sync: "now" });
    const aliceSocket = await TestSocket.open(alice, { sync: "now" });
    await settle();
    expect(heardOf(friendSocket, "presence", alice.userId)).toEqual([]);
    expect((await profileOf(friend, alice)).online).toBe(false);
    // The friend is online and shares everything (others see it), but Alice hid hers.
    expect((await profileOf(watcher, friend)).online).toBe(true);
    expect((await profileOf(alice, friend)).online).toBe(false);
    expect(heardOf(aliceSocket, "presence", friend.userId)).toEqual([]);
    friendSocket.close();
    aliceSocket.close();
  });

  it("typing follows the same setting", async () => {
    const { alice, friend, watcher } = await cast();
    await api(alice, "PATCH", "/me/privacy", { presence: "contacts" });
    const group = await createGroup(alice, [friend, watcher]);
    await drain(group);
    const friendSocket = await TestSocket.open(friend, { sync: "now" });
    const watcherSocket = await TestSocket.open(watcher, { sync: "now" });
    const aliceSocket = await TestSocket.open(alice, { sync: "now" });
    aliceSocket.send({ type: "typing", chatId: group });
    await friendSocket.waitFor((f) => f.type === "typing" && f.chatId === group);
    await settle();
    expect(heardOf(watcherSocket, "typing", alice.userId)).toEqual([]);
    for (const socket of [friendSocket, watcherSocket, aliceSocket]) socket.close();
  });

  it("a block hides presence both ways", async () => {
    const { alice, friend, watcher } = await cast();
    await api(alice, "PUT", `/me/blocked/${friend.userId}`);
    const friendSocket = await TestSocket.open(friend, { sync: "now" });
    const watcherSocket = await TestSocket.open(watcher, { sync: "now" });
    const aliceSocket = await TestSocket.open(alice, { sync: "now" });
    // Others still hear of Alice.
    await watcherSocket.waitFor((f) => f.type === "presence" && f.userId === alice.userId && f.online);
    await settle();
    expect(heardOf(friendSocket, "presence", alice.userId)).toEqual([]);
    expect(heardOf(aliceSocket, "presence", friend.userId)).toEqual([]);
    expect((await profileOf(friend, alice)).online).toBe(false);
    expect((await profileOf(alice, friend)).online).toBe(false);
    for (const socket of [friendSocket, watcherSocket, aliceSocket]) socket.close();
  });
});

// A block reaches into the groups both users are in: the blocked user goes on writing there, and
// the blocker receives none of it (no frame, no update in the log, no push, no unread, nothing in
// the history, the chat list or search) while every other member does. Signal's behaviour.
import { describe, expect, it } from "vitest";
import type { ChatListItem, Message } from "../openapi/messaging-types.ts";
import { allUpdates, api, createGroup, drain, history, send, type TestUser, users } from "./helpers/messaging.ts";
import { deliveryOutcome, eventually, PEERS, received, registerApns } from "./helpers/push.ts";
import { TestSocket } from "./helpers/realtime.ts";
import type { ApnsReceived } from "./peers/apns.ts";

type SearchAnswer = { hits: { message: Message }[] };

async function sharedGroup() {
  const [victim, harasser, host, neighbour] = await users(4);
  if (!victim || !harasser || !host || !neighbour) throw new Error("users");
  // Someone else's group: neither of the two made it, both are members.
  const group = await createGroup(host, [victim, harasser, neighbour], "Neighbours");
  await drain(group);
  return { victim, harasser, host, neighbour, group };
}

async function chatListItem(user: TestUser, chatId: string): Promise<ChatListItem | undefined> {
  const list = await api<{ chats: ChatListItem[] }>(user, "GET", "/chats");
  return list.body.data.chats.find((item) => item.chatId === chatId);
}

const searchTexts = async (user: TestUser, path: string) =>
  (await api<SearchAnswer>(user, "GET", path)).body.data.hits.map((hit) => hit.message.text);

const pushBodies = async (token: string) =>
  (await received<ApnsReceived>(PEERS.apns, token)).map((push) => push.payload.aps.alert.body);

describe("blocking a user, in a group you share", { timeout: 30_000 }, () => {
  it("the blocker gets nothing of theirs (socket, log, push, unread, history, chat list, search); others get it all", async () => {
    const { victim, harasser, host, neighbour, group } = await sharedGroup();
    // The host is online (gets it on the socket), the neighbour is not (gets a push).
    const victimsPhone = await registerApns(victim);
    const neighboursPhone = await registerApns(neighbour);
    const before = await send(host, group, "Street party on Saturday");
    await drain(group);
    expect((await api(victim, "POST", `/chats/${group}/read`, { upToSeq: before.seq })).status).toBe(200);
    expect((await api(victim, "PUT", `/me/blocked/${harasser.userId}`)).status).toBe(200);
    const victimSocket = await TestSocket.open(victim, { sync: "now" });
    const hostSocket = await TestSocket.open(host, { sync: "now" });

    const spam = await send(harasser, group, "Saturday spam from a blocked neighbour");
    await drain(group);

    // The host gets it live and in the log.
    await hostSocket.waitFor((f) => f.type === "newMessage" && f.message.seq === spam.seq);
    expect(JSON.stringify(await allUpdates(host))).toContain("Saturday spam");
    // The drain delivered to every member before it returned: the victim's socket had its chance.
    expect(JSON.stringify(victimSocket.frames)).not.toContain("Saturday spam");
    expect(JSON.stringify(await allUpdates(victim))).not.toContain("Saturday spam");
    // A device catching up from the start (sync from pts 0) does not get it either; the host's does.
    const victimCatchUp = await TestSocket.open(victim, { sync: 0 });
    const hostCatchUp = await TestSocket.open(host, { sync: 0 });
    expect(JSON.stringify(victimCatchUp.frames)).not.toContain("Saturday spam");
    expect(JSON.stringify(hostCatchUp.frames)).toContain("Saturday spam");
    victimCatchUp.close();
    hostCatchUp.close();

    // Push: the neighbour gets it. The victim's phone is online on the socket, which already has
    // everything there is for them, so the chat queues no push for the victim at all.
    const jobId = `${group}:${spam.seq}`;
    expect(await eventually(() => deliveryOutcome(jobId, neighboursPhone.deviceId))).toBe("sent");
    expect(await deliveryOutcome(jobId, victimsPhone.deviceId)).toBeNull();
    expect(await pushBodies(neighboursPhone.token)).toContain("Saturday spam from a blocked neighbour");
    expect(JSON.stringify(await received(PEERS.apns, victimsPhone.token))).not.toContain("Saturday spam");

    // Unread and preview: as before the spam, for the victim; the host has it.
    expect(await chatListItem(victim, group)).toMatchObject({
      unreadCount: 0,
      lastMessage: { seq: before.seq, text: "Street party on Saturday" },
    });
    expect((await chatListItem(host, group))?.lastMessage?.text).toBe("Saturday spam from a blocked neighbour");
    const details = await api<{ unreadCount: number }>(victim, "GET", `/chats/${group}`);
    expect(details.body.data.unreadCount).toBe(0);
    // Reading to the end: still nothing unread, and the harasser is not told the victim read.
    const read = await api<{ unreadCount: number }>(victim, "POST", `/chats/${group}/read`, { upToSeq: spam.seq });
    expect(read.body.data.unreadCount).toBe(0);
    await drain(group);
    expect((await allUpdates(harasser)).filter((u) => u.type === "read" && u.userId === victim.userId)).toEqual([]);

    // History and search.
    expect((await history(victim, group)).map((m) => m.text)).toEqual(["Street party on Saturday"]);
    expect((await history(host, group)).map((m) => m.text)).toContain("Saturday spam from a blocked neighbour");
    expect(await searchTexts(victim, `/chats/${group}/search?q=saturday`)).toEqual(["Street party on Saturday"]);
    expect(await searchTexts(victim, "/search?q=spam")).toEqual([]);
    expect(await searchTexts(host, `/chats/${group}/search?q=spam`)).toEqual([
      "Saturday spam from a blocked neighbour",
    ]);

    // The victim's devices acknowledge a later message: its author hears "delivered", the
    // harasser (whose message lies in the acknowledged range) hears nothing.
    await send(harasser, group, "more spam");
    await send(host, group, "See you there");
    await drain(group);
    const victimsLog = await allUpdates(victim);
    const lastPts = victimsLog[victimsLog.length - 1]?.pts ?? 0;
    expect((await api(victim, "POST", "/updates/ack", { pts: lastPts })).status).toBe(200);
    await drain(group);
    const toldOfVictim = async (user: TestUser) =>
      (await allUpdates(user)).filter(
        (u) => (u.type === "delivered" || u.type === "read") && u.userId === victim.userId,
      );
    expect(await toldOfVictim(harasser)).toEqual([]);
    expect((await toldOfVictim(host)).map((u) => u.type)).toContain("delivered");
    victimSocket.close();
    hostSocket.close();

    // With the phone offline the job names the victim (the chat does not know who blocked whom):
    // the victim's object withholds it at once, with no wait for a message that never comes.
    const offline = await send(harasser, group, "Sunday spam, phone asleep");
    await drain(group);
    expect(await eventually(() => deliveryOutcome(`${group}:${offline.seq}`, victimsPhone.deviceId))).toBe("skipped");
    expect(JSON.stringify(await received(PEERS.apns, victimsPhone.token))).not.toContain("Sunday spam");
  });

  it("leaves their message out of the previews other updates carry, and drops their edits and reactions", async () => {
    const { victim, harasser, host, group } = await sharedGroup();
    const mine = await send(victim, group, "Who has a ladder?");
    expect((await api(victim, "PUT", `/me/blocked/${harasser.userId}`)).status).toBe(200);
    const spam = await send(harasser, group, "ladder spam");
    expect((await api(harasser, "PATCH", `/chats/${group}/messages/${spam.seq}`, { text: "edited spam" })).status).toBe(
      200,
    );
    expect(
      (await api(harasser, "PUT", `/chats/${group}/messages/${mine.seq}/reactions/${encodeURIComponent("👎")}`)).status,
    ).toBe(200);
    // The host deletes their own latest message: the chat's new latest is the harasser's.
    const oops = await send(host, group, "oops");
    expect((await api(host, "DELETE", `/chats/${group}/messages/${oops.seq}?forEveryone=true`)).status).toBe(200);
    // A newcomer's memberAdded carries the preview too: the harasser's message is the latest.
    const [newcomer] = await users(1);
    if (!newcomer) throw new Error("user");
    expect((await api(newcomer, "PUT", `/me/blocked/${harasser.userId}`)).status).toBe(200);
    expect((await api(host, "POST", `/groups/${group}/members`, { userIds: [newcomer.userId] })).status).toBe(200);
    await drain(group);

    for (const blocker of [victim, newcomer]) {
      const log = JSON.stringify(await allUpdates(blocker));
      expect(log).not.toContain("spam");
      expect(log).not.toContain("👎");
      expect(JSON.stringify(await chatListItem(blocker, group))).not.toContain("spam");
    }
    const hostLog = JSON.stringify(await allUpdates(host));
    expect(hostLog).toContain("edited spam");
    expect(hostLog).toContain("👎");
  });

  it("unblocking restores delivery and the history; what they wrote meanwhile was never delivered", async () => {
    const { victim, harasser, group } = await sharedGroup();
    expect((await api(victim, "PUT", `/me/blocked/${harasser.userId}`)).status).toBe(200);
    await send(harasser, group, "written while blocked");
    await drain(group);
    expect((await api(victim, "DELETE", `/me/blocked/${harasser.userId}`)).status).toBe(200);
    await send(harasser, group, "written after the unblock");
    await drain(group);

    const log = (await allUpdates(victim)).flatMap((u) => (u.type === "newMessage" ? [u.message.text] : []));
    expect(log).toEqual(["written after the unblock"]);
    expect((await chatListItem(victim, group))?.lastMessage?.text).toBe("written after the unblock");
    expect((await history(victim, group)).map((m) => m.text)).toEqual([
      "written while blocked",
      "written after the unblock",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { api, createGroup, drain, openDialog, send } from "./helpers/messaging.ts";
import { deliveryOutcome, eventually, PEERS, received, registerApns } from "./helpers/push.ts";
import { addDevice, TestSocket } from "./helpers/realtime.ts";
import { createTestUser } from "./helpers/users.ts";
import type { ApnsReceived } from "./peers/apns.ts";

// End to end: a message sent over REST, the chat's outbox drained, the real PUSH_QUEUE consumer
// splitting the job and sending each (job, device) to the local APNs peer.

const pushesTo = (token: string) => received<ApnsReceived>(PEERS.apns, token);
const alerts = async (token: string) => (await pushesTo(token)).map((p) => p.payload.aps);

// Each push waits for the local queue (batches wait up to max_batch_timeout = 1 s), twice: job, then delivery.
describe("push content, end to end", { timeout: 20_000 }, () => {
  it("title is the sender (and the group), body the text, badge the unread chats when sent", async () => {
    const ada = await createTestUser({ firstName: "Ada" });
    const bob = await createTestUser({ firstName: "Bob" });
    const bobsPhone = await registerApns(bob);
    const dialog = await openDialog(ada, bob);
    await send(ada, dialog, "Lunch?");
    await drain(dialog);
    const [first] = await eventually(async () => {
      const list = await alerts(bobsPhone.token);
      return list.length === 1 && list;
    });
    expect(first).toMatchObject({ alert: { title: "Ada", body: "Lunch?" }, badge: 1, "thread-id": dialog });

    const group = await createGroup(ada, [bob], "Book club");
    await drain(group);
    await send(ada, group, "Chapter 3 tonight");
    await drain(group);
    const second = await eventually(async () => (await alerts(bobsPhone.token))[1]);
    // Two chats with unread messages now.
    expect(second).toMatchObject({ alert: { title: "Ada · Book club", body: "Chapter 3 tonight" }, badge: 2 });
  });

  it("a muted chat gets no push; hidden previews say only 'New message'", async () => {
    const ada = await createTestUser({ firstName: "Ada" });
    const bob = await createTestUser({ firstName: "Bob" });
    const cat = await createTestUser({ firstName: "Cat" });
    const bobsPhone = await registerApns(bob);
    const catsPhone = await registerApns(cat);
    const group = await createGroup(ada, [bob, cat], "Secret plans");
    await drain(group);
    expect((await api(bob, "PATCH", `/chats/${group}/settings`, { muted: true })).status).toBe(200);
    expect((await api(cat, "PATCH", "/me/push/settings", { hidePreviews: true })).status).toBe(200);

    const message = await send(ada, group, "The password is swordfish");
    await drain(group);
    const jobId = `${group}:${message.seq}`;
    expect(await eventually(() => deliveryOutcome(jobId, bobsPhone.deviceId))).toBe("skipped");
    expect(await pushesTo(bobsPhone.token)).toEqual([]);

    const [hidden] = await eventually(async () => {
      const list = await alerts(catsPhone.token);
      return list.length > 0 && list;
    });
    expect(hidden?.alert).toEqual({ title: "New message", body: "" });
    expect(JSON.stringify(await pushesTo(catsPhone.token))).not.toContain("swordfish");
  });

  it("a device online on the socket that already got the message is skipped; the user's other devices are not", async () => {
    const ada = await createTestUser({ firstName: "Ada" });
    const bob = await createTestUser({ firstName: "Bob" });
    const bobsLaptop = await addDevice(bob);
    const phone = await registerApns(bob);
    const laptop = await registerApns(bobsLaptop);
    const dialog = await openDialog(ada, bob);
    await drain(dialog);
    const socket = await TestSocket.open(bobsLaptop, { sync: "now" });

    const message = await send(ada, dialog, "Are you there?");
    await drain(dialog);
    await socket.waitFor((f) => f.type === "newMessage");
    const jobId = `${dialog}:${message.seq}`;
    expect(await eventually(() => deliveryOutcome(jobId, laptop.deviceId))).toBe("skipped");
    expect(await eventually(() => deliveryOutcome(jobId, phone.deviceId))).toBe("sent");
    expect(await pushesTo(laptop.token)).toEqual([]);
    expect(await alerts(phone.token)).toHaveLength(1);
    socket.ws.close();
  });

  it("a revoked session's device gets nothing", async () => {
    const ada = await createTestUser({ firstName: "Ada" });
    const bob = await createTestUser({ firstName: "Bob" });
    const oldPhone = await addDevice(bob);
    const stolen = await registerApns(oldPhone);
    const current = await registerApns(bob);
    expect((await api(bob, "DELETE", `/me/sessions/${oldPhone.sessionId}`)).status).toBe(200);

    const dialog = await openDialog(ada, bob);
    const message = await send(ada, dialog, "New phone who dis");
    await drain(dialog);
    expect(await eventually(() => deliveryOutcome(`${dialog}:${message.seq}`, current.deviceId))).toBe("sent");
    expect(await pushesTo(stolen.token)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import type { PinnedMessage } from "../openapi/pins.ts";
import { allUpdates, api, createGroup, drain, openDialog, send, users } from "./helpers/messaging.ts";

type Pins = { pinned: PinnedMessage[] };

describe("pinned messages", () => {
  it("group admins pin; members see the list and get chatUpdated; a plain member may not pin", async () => {
    const [alice, bob, carol] = await users(3);
    if (!alice || !bob || !carol) throw new Error("users");
    const chatId = await createGroup(alice, [bob, carol]);
    const rules = await send(bob, chatId, "House rules: be kind");
    expect((await api(bob, "PUT", `/chats/${chatId}/pinned/${rules.seq}`)).status).toBe(403);
    const pinned = await api<Pins>(alice, "PUT", `/chats/${chatId}/pinned/${rules.seq}`);
    expect(pinned.status).toBe(200);
    expect(pinned.body.data.pinned).toEqual([
      expect.objectContaining({ pinnedBy: alice.userId, message: expect.objectContaining({ seq: rules.seq }) }),
    ]);
    const seen = await api<Pins>(carol, "GET", `/chats/${chatId}/pinned`);
    expect(seen.body.data.pinned.map((p) => p.message.text)).toEqual(["House rules: be kind"]);
    await drain(chatId);
    for (const member of [alice, bob, carol]) {
      const updates = (await allUpdates(member)).filter((u) => u.type === "chatUpdated" && u.pinnedMessage);
      expect(updates).toEqual([
        expect.objectContaining({ pinnedMessage: { seq: rules.seq, pinned: true, by: alice.userId } }),
      ]);
    }
    // Promoted, bob may unpin.
    await api(alice, "PATCH", `/groups/${chatId}/members/${bob.userId}`, { role: "admin" });
    expect((await api<Pins>(bob, "DELETE", `/chats/${chatId}/pinned/${rules.seq}`)).body.data.pinned).toEqual([]);
  });

  it("either member of a dialog pins; a delete for everyone unpins", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    const message = await send(alice, chatId, "the wifi password");
    expect((await api(bob, "PUT", `/chats/${chatId}/pinned/${message.seq}`)).status).toBe(200);
    await api(alice, "DELETE", `/chats/${chatId}/messages/${message.seq}?forEveryone=true`);
    expect((await api<Pins>(bob, "GET", `/chats/${chatId}/pinned`)).body.data.pinned).toEqual([]);
  });

  it("non-members get 404; bad paths get 400; unknown messages 404", async () => {
    const [alice, bob, eve] = await users(3);
    if (!alice || !bob || !eve) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    const message = await send(alice, chatId, "hello");
    expect((await api(eve, "GET", `/chats/${chatId}/pinned`)).status).toBe(404);
    expect((await api(eve, "PUT", `/chats/${chatId}/pinned/${message.seq}`)).status).toBe(404);
    expect((await api(alice, "PUT", `/chats/${chatId}/pinned/999`)).status).toBe(404);
    for (const seq of ["0", "-1", "abc", "1.5"]) {
      const res = await api(alice, "PUT", `/chats/${chatId}/pinned/${seq}`);
      expect(res.status, seq).toBe(400);
      expect(res.body.success).toBe(false);
    }
    expect((await api<Pins>(alice, "GET", `/chats/${chatId}/pinned`)).body.data.pinned).toEqual([]);
  });
});

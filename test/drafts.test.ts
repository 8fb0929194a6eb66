import { describe, expect, it } from "vitest";
import type { Draft } from "../openapi/drafts.ts";
import { allUpdates, api, createGroup, openDialog, users } from "./helpers/messaging.ts";
import { addDevice, TestSocket } from "./helpers/realtime.ts";

describe("drafts follow you between devices (PUT /chats/{chatId}/draft, draftUpdated)", () => {
  it("a draft saved on the phone reaches the laptop live and through /updates and /drafts; clearing too", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const laptop = await addDevice(alice);
    const chatId = await openDialog(alice, bob);
    const socket = await TestSocket.open(laptop, { sync: "now" });
    const saved = await api<{ draft: Draft }>(alice, "PUT", `/chats/${chatId}/draft`, {
      text: "Dear Bob, about",
      replyToSeq: 1,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.data.draft).toMatchObject({ chatId, text: "Dear Bob, about", replyToSeq: 1 });
    const live = await socket.waitFor((f) => f.type === "draftUpdated");
    expect(live).toMatchObject({ type: "draftUpdated", chatId, draft: { text: "Dear Bob, about", replyToSeq: 1 } });
    const listed = await api<{ drafts: Draft[] }>(laptop, "GET", "/drafts");
    expect(listed.body.data.drafts.map((d) => [d.chatId, d.text])).toEqual([[chatId, "Dear Bob, about"]]);
    const cleared = await api<{ draft: Draft | null }>(laptop, "PUT", `/chats/${chatId}/draft`, { text: "" });
    expect(cleared.body.data.draft).toBeNull();
    const drafts = (await allUpdates(alice)).filter((u) => u.type === "draftUpdated");
    expect(drafts.map((u) => (u.type === "draftUpdated" ? (u.draft?.text ?? null) : "?"))).toEqual([
      "Dear Bob, about",
      null,
    ]);
    expect((await api<{ drafts: Draft[] }>(alice, "GET", "/drafts")).body.data.drafts).toEqual([]);
    // Bob's log knows nothing of Alice's drafts.
    expect((await allUpdates(bob)).some((u) => u.type === "draftUpdated")).toBe(false);
    socket.close();
  });

  it("non-members get 404 and nothing is stored; bad bodies get a 400 envelope", async () => {
    const [alice, bob, eve] = await users(3);
    if (!alice || !bob || !eve) throw new Error("users");
    const chatId = await createGroup(alice, [bob]);
    expect((await api(eve, "PUT", `/chats/${chatId}/draft`, { text: "snoop" })).status).toBe(404);
    expect((await api<{ drafts: Draft[] }>(eve, "GET", "/drafts")).body.data.drafts).toEqual([]);
    expect((await api(null, "GET", "/drafts")).status).toBe(401);
    for (const body of [
      {},
      { text: 5 },
      { text: "x".repeat(4097) },
      { text: "x", replyToSeq: 0 },
      { text: "x", other: 1 },
    ]) {
      const res = await api(alice, "PUT", `/chats/${chatId}/draft`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.success).toBe(false);
    }
    expect((await api(alice, "PUT", `/chats/not-a-chat/draft`, { text: "x" })).status).toBe(400);
  });
});

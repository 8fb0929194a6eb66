import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { DataExport } from "../openapi/exports.ts";
import { upload } from "./helpers/attachments.ts";
import { api, createGroup, drain, openDialog, send, type TestUser, users } from "./helpers/messaging.ts";

async function waitReady(user: TestUser, id: string): Promise<DataExport> {
  for (let i = 0; i < 200; i++) {
    const res = await api<DataExport>(user, "GET", `/me/export/${id}`);
    expect(res.status).toBe(200);
    if (res.body.data.status !== "building") return res.body.data;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("the export never finished");
}

const download = (user: TestUser | null, id: string) =>
  exports.default.fetch(`http://gateway/api/v1/me/export/${id}/download`, { headers: user ? user.authHeader : {} });

describe("POST /me/export builds a JSON archive into R2", () => {
  it("holds the profile, contacts, chats with the messages the user can see, and the attachment list", async () => {
    const [alice, bob, carol] = await users(3);
    if (!alice || !bob || !carol) throw new Error("users");
    await api(alice, "POST", "/contacts/import", { contacts: [{ phone: "+14155550123", firstName: "Zed" }] });
    const dialog = await openDialog(alice, bob);
    await send(alice, dialog, "hello bob");
    const hidden = await send(bob, dialog, "hide this from my export");
    await api(alice, "DELETE", `/chats/${dialog}/messages/${hidden.seq}`);
    const group = await createGroup(carol, [alice]);
    const file0 = await upload(carol, new TextEncoder().encode("the minutes"), "text/plain", "minutes.txt");
    const sent = await api(carol, "POST", `/chats/${group}/messages`, {
      clientMessageId: "with-file",
      text: "see attached",
      attachmentIds: [file0.id],
    });
    expect(sent.status).toBe(201);
    const elsewhere = await createGroup(bob, [carol]);
    await send(bob, elsewhere, "not alice's business");
    for (const chatId of [dialog, group, elsewhere]) await drain(chatId);

    const started = await api<DataExport>(alice, "POST", "/me/export");
    expect(started.status).toBe(202);
    expect(started.body.data).toMatchObject({ status: "building", downloadUrl: null });
    const ready = await waitReady(alice, started.body.data.id);
    expect(ready.status).toBe("ready");
    expect(ready.downloadUrl).toBe(`/api/v1/me/export/${ready.id}/download`);

    const file = await download(alice, ready.id);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toMatch(/^attachment; filename=/);
    const text = await file.text();
    expect(text.length).toBe(ready.sizeBytes);
    const archive = JSON.parse(text);
    expect(archive.profile.id).toBe(alice.userId);
    expect(archive.contacts.map((c: { phone: string }) => c.phone)).toEqual(["+14155550123"]);
    const chats = new Map(archive.chats.map((c: { chat: { id: string } }) => [c.chat.id, c]));
    expect([...chats.keys()].sort()).toEqual([dialog, group].sort());
    expect((chats.get(dialog) as { messages: { text: string }[] }).messages.map((m) => m.text)).toEqual(["hello bob"]);
    expect(archive.attachments).toEqual([{ attachmentId: file0.id, chatId: group, seq: 1 }]);
    expect(text).not.toContain("not alice's business");
    expect(text).not.toContain("hide this");
  });

  it("someone else's export is 404; a bad id is 400; no token is 401", async () => {
    const [alice, eve] = await users(2);
    if (!alice || !eve) throw new Error("users");
    const started = await api<DataExport>(alice, "POST", "/me/export");
    await waitReady(alice, started.body.data.id);
    expect((await api(eve, "GET", `/me/export/${started.body.data.id}`)).status).toBe(404);
    expect((await download(eve, started.body.data.id)).status).toBe(404);
    expect((await download(null, started.body.data.id)).status).toBe(401);
    expect((await api(alice, "GET", "/me/export/exp_nothere")).status).toBe(400);
    expect((await api(null, "POST", "/me/export")).status).toBe(401);
  });
});

import {
  createExecutionContext,
  createScheduledController,
  env,
  runInDurableObject,
  waitOnExecutionContext,
} from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { UNSENT_ATTACHMENT_RETENTION_MS } from "../api/cleanup/jobs.ts";
import worker from "../api/index.ts";
import type { ScheduledMessage } from "../openapi/scheduled.ts";
import { binaryFile, download, upload } from "./helpers/attachments.ts";
import { api, chatStub, drain, history, openDialog, users } from "./helpers/messaging.ts";

// A scheduled message may wait up to a year: the files it will send must outlive the 24 h cleanup
// of unsent uploads, and must not be downloadable by the chat before the message is sent.

/** Test users' sessions have no refresh token, which the cleanup treats as dead: give them one. */
async function keepSignedIn(users: { sessionId: string }[]) {
  for (const { sessionId } of users) {
    await env.DB.prepare(
      "INSERT INTO refresh_tokens (token_hash, session_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
    )
      .bind(`keep-${sessionId}`, sessionId, Date.now(), Date.now() + 30 * 86_400_000)
      .run();
  }
}

async function runCleanup() {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/30 * * * *" }), env, ctx);
  await waitOnExecutionContext(ctx);
}

/** Backdates uploads past the cleanup's 24 h, as if the message had been waiting that long. */
async function age(ids: string[]) {
  const dayAgo = Date.now() - UNSENT_ATTACHMENT_RETENTION_MS - 60_000;
  for (const id of ids)
    await env.DB.prepare("UPDATE attachments SET created_at = ? WHERE id = ?").bind(dayAgo, id).run();
}

async function stored(id: string): Promise<boolean> {
  const row = await env.DB.prepare("SELECT 1 AS n FROM attachments WHERE id = ?").bind(id).first();
  return row !== null && (await env.ATTACHMENTS.head(id)) !== null;
}

describe("attachments of scheduled messages", () => {
  it("survive the cleanup however long the message waits, and are sent with it", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    await keepSignedIn([alice, bob]);
    const chatId = await openDialog(alice, bob);
    const file = await upload(alice, binaryFile(2000), "application/octet-stream", "later.bin");
    const scheduled = await api<ScheduledMessage>(alice, "POST", `/chats/${chatId}/messages`, {
      clientMessageId: "later-with-file",
      text: "in two days",
      attachmentIds: [file.id],
      sendAt: Date.now() + 2 * 86_400_000,
    });
    expect(scheduled.status).toBe(202);
    await drain(chatId);
    // Not sent yet: the chat cannot download it.
    expect((await download(bob, file.id)).status).toBe(404);

    await age([file.id]);
    await runCleanup();
    expect(await stored(file.id)).toBe(true);

    // Due now: the alarm sends it, with the file, which Bob can then download byte for byte.
    await runInDurableObject(chatStub(chatId), (_o, state) => {
      state.storage.sql.exec("UPDATE scheduled_messages SET send_at = ?", Date.now() - 1);
    });
    await drain(chatId);
    const [message] = await history(bob, chatId);
    expect(message?.attachmentIds).toEqual([file.id]);
    const got = await download(bob, file.id);
    expect(got.status).toBe(200);
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(binaryFile(2000));
    await runCleanup();
    expect(await stored(file.id)).toBe(true);
  });

  it("a cancelled scheduled message gives its files back to the cleanup; another one still waiting keeps them", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    await keepSignedIn([alice, bob]);
    const chatId = await openDialog(alice, bob);
    const shared = await upload(alice, binaryFile(300), "application/octet-stream");
    const alone = await upload(alice, binaryFile(400), "application/octet-stream");
    const schedule = (clientMessageId: string, attachmentIds: string[]) =>
      api<ScheduledMessage>(alice, "POST", `/chats/${chatId}/messages`, {
        clientMessageId,
        text: "later",
        attachmentIds,
        sendAt: Date.now() + 86_400_000 * 3,
      });
    const first = await schedule("s1", [shared.id, alone.id]);
    const second = await schedule("s2", [shared.id]);
    expect([first.status, second.status]).toEqual([202, 202]);
    await drain(chatId);

    expect((await api(alice, "DELETE", `/chats/${chatId}/scheduled/${first.body.data.id}`)).status).toBe(200);
    await drain(chatId);
    // Cancelling deletes nothing by itself: the file is unsent again, for the cleanup to judge.
    expect(await stored(alone.id)).toBe(true);
    await age([shared.id, alone.id]);
    await runCleanup();
    expect(await stored(alone.id)).toBe(false);
    expect(await stored(shared.id)).toBe(true);
  });
});

import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { appWithProbes } from "./helpers/app-with-probe.ts";
import { ask, endedReply, openAssistant, unique } from "./helpers/assistant.ts";
import { api, users } from "./helpers/messaging.ts";

describe("who may read and stop the assistant's replies", () => {
  it("gives non-members 404 on the history and on cancel, and refuses what is not a streaming reply", async () => {
    const [owner, stranger] = await users(2);
    if (!owner || !stranger) throw new Error("no users");
    const chatId = await openAssistant(owner);
    const mine = await ask(owner, chatId, unique("Private question #slow"));
    const replySeq = mine.seq + 1;

    const read = await api(stranger, "GET", `/chats/${chatId}/messages`);
    expect(read.status).toBe(404);
    const cancel = await api(stranger, "POST", `/chats/${chatId}/messages/${replySeq}/cancel`);
    expect(cancel.status).toBe(404);
    const send = await api(stranger, "POST", `/chats/${chatId}/messages`, { clientMessageId: "x-1", text: "hi" });
    expect(send.status).toBe(404);

    // The owner's own message is not the assistant's: nothing to cancel there.
    const notAReply = await api(owner, "POST", `/chats/${chatId}/messages/${mine.seq}/cancel`);
    expect(notAReply.status).toBe(404);
    const missing = await api(owner, "POST", `/chats/${chatId}/messages/999/cancel`);
    expect(missing.status).toBe(404);

    const stop = await api(owner, "POST", `/chats/${chatId}/messages/${replySeq}/cancel`);
    expect(stop.status).toBe(200);
    expect((await endedReply(owner, chatId, replySeq)).ai?.state).toBe("cancelled");
  });

  it("answers bad input with the 400 envelope", async () => {
    const [user] = await users(1);
    if (!user) throw new Error("no user");
    const chatId = await openAssistant(user);
    for (const path of [
      `/chats/${chatId}/messages/abc/cancel`,
      `/chats/${chatId}/messages/0/cancel`,
      "/chats/nope/messages/1/cancel",
    ]) {
      const res = await api(user, "POST", path);
      expect(res.status, path).toBe(400);
      expect(res.body.success).toBe(false);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
    }
    const anonymous = await api(null, "POST", "/chats/assistant");
    expect(anonymous.status).toBe(401);
  });
});

describe("with no provider configured", () => {
  it("answers 503 AI_NOT_CONFIGURED and opens no chat", async () => {
    const [user] = await users(1);
    if (!user) throw new Error("no user");
    const { call } = appWithProbes();
    const res = await call(
      "/api/v1/chats/assistant",
      { method: "POST", headers: user.authHeader },
      { ...env, AI_BASE_URL: "", AI_MODEL: "" },
    );
    expect(res.status).toBe(503);
    const body = (await res.json()) as { success: boolean; error: { code: string } };
    expect(body).toMatchObject({ success: false, error: { code: "AI_NOT_CONFIGURED" } });
    const list = await api<{ chats: unknown[] }>(user, "GET", "/chats");
    expect(list.body.data.chats).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { createRealtimeClient, type Update } from "../sdk/index.ts";
import { ask, endedReply, openAssistant, unique } from "./helpers/assistant.ts";
import { drain, users } from "./helpers/messaging.ts";
import { pause, workerSocket } from "./helpers/realtime.ts";

describe("SDK realtime client and the assistant", () => {
  it("reports aiDelta frames with the reply's text so far, which ends as the final message text", async () => {
    const [user] = await users(1);
    if (!user) throw new Error("no user");
    const chatId = await openAssistant(user);
    await drain(chatId);
    const client = createRealtimeClient({
      baseUrl: "http://gateway",
      token: () => user.accessToken,
      connect: workerSocket,
    });
    const texts: (string | null)[] = [];
    const updates: Update[] = [];
    client.on("aiDelta", ({ text }) => texts.push(text));
    client.on("update", (u) => updates.push(u));
    let synced = false;
    client.on("synced", () => {
      synced = true;
    });
    client.start();
    while (!synced) await pause(10);

    const mine = await ask(user, chatId, unique("Stream to the SDK"));
    const reply = await endedReply(user, chatId, mine.seq + 1);
    const deadline = Date.now() + 5000;
    while (!updates.some((u) => u.type === "messageEdited") && Date.now() < deadline) await pause(20);

    expect(texts.length).toBeGreaterThan(1);
    expect(texts.every((t) => t !== null)).toBe(true);
    expect(texts[texts.length - 1]).toBe(reply.text);
    // Each text so far extends the one before.
    for (let i = 1; i < texts.length; i++) expect(texts[i]?.startsWith(texts[i - 1] ?? "?")).toBe(true);
    // The ended reply is forgotten: its text is the message's now.
    expect(client.replyText(chatId, reply.seq)).toBeUndefined();
    client.close();
  });
});

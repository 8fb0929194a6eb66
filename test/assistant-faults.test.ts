import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ask, endedReply, openAssistant, peerRequests, unique } from "./helpers/assistant.ts";
import { users } from "./helpers/messaging.ts";

// The loopback peer injects faults named in the message itself (tools/ai-peer/peer.ts).
describe("provider failures", () => {
  it("retries a 429 and a 500 before the first token, then completes", async () => {
    const [user] = await users(1);
    if (!user) throw new Error("no user");
    const chatId = await openAssistant(user);
    const text = unique("Busy? #fail429x1 #fail500x1");
    const mine = await ask(user, chatId, text);
    const reply = await endedReply(user, chatId, mine.seq + 1);
    expect(reply.ai).toEqual({ state: "complete", error: null });
    expect(reply.text.length).toBeGreaterThan(0);
    expect((await peerRequests(text)).length).toBe(2);
  });

  it("reports a failed reply once the retries are spent, without the key or the provider's words", async () => {
    const [user] = await users(1);
    if (!user) throw new Error("no user");
    const chatId = await openAssistant(user);
    const text = unique("Down? #fail500x9");
    const mine = await ask(user, chatId, text);
    const reply = await endedReply(user, chatId, mine.seq + 1);
    expect(reply.ai?.state).toBe("failed");
    expect(reply.ai?.error).toBe("The AI provider failed (500)");
    expect(JSON.stringify(reply)).not.toContain(env.AI_API_KEY);
    // AI_MAX_RETRIES defaults to 2: three attempts in all.
    expect((await peerRequests(text)).length).toBe(3);
  });

  it("a dropped stream keeps the text that arrived and fails", async () => {
    const [user] = await users(1);
    if (!user) throw new Error("no user");
    const chatId = await openAssistant(user);
    const mine = await ask(user, chatId, unique("Go on #drop"));
    const reply = await endedReply(user, chatId, mine.seq + 1);
    expect(reply.ai?.state).toBe("failed");
    expect(reply.ai?.error).toMatch(/broke off/);
    expect(reply.text.length).toBeGreaterThan(0);
  });

  it("a stalled stream ends at the per-turn timeout", async () => {
    const [user] = await users(1);
    if (!user) throw new Error("no user");
    const chatId = await openAssistant(user);
    const mine = await ask(user, chatId, unique("Anyone? #stall"));
    const reply = await endedReply(user, chatId, mine.seq + 1, 20_000);
    expect(reply.ai?.state).toBe("failed");
    expect(reply.ai?.error).toMatch(/longer than 4 s/);
  });
});

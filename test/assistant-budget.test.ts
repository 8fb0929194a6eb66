import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { utcDay } from "../durable/chat/ai/budget.ts";
import { ask, endedReply, openAssistant, peerRequests, unique } from "./helpers/assistant.ts";
import { api, history, users } from "./helpers/messaging.ts";

const usage = (userId: string) =>
  env.DB.prepare("SELECT reserved, used FROM ai_token_usage WHERE user_id = ? AND day = ?")
    .bind(userId, utcDay(Date.now()))
    .first<{ reserved: number; used: number }>();

describe("the daily token budget", () => {
  it("settles a turn with the usage the provider reported, giving the reservation back", async () => {
    const [user] = await users(1);
    if (!user) throw new Error("no user");
    const chatId = await openAssistant(user);
    const mine = await ask(user, chatId, unique("Count my tokens #tokens=7"));
    await endedReply(user, chatId, mine.seq + 1);
    const row = await usage(user.userId);
    expect(row?.reserved).toBe(0);
    // The peer reports 7 completion tokens and, as prompt tokens, a quarter of the prompt's characters.
    const [request] = await peerRequests("Count my tokens");
    const promptChars = request?.messages.reduce((n, m) => n + m.content.length, 0) ?? 0;
    expect(row?.used).toBe(Math.ceil(promptChars / 4) + 7);
  });

  it("answers 429 with Retry-After once the day's budget is spent, and stores nothing", async () => {
    const [user] = await users(1);
    if (!user) throw new Error("no user");
    const chatId = await openAssistant(user);
    // As if the user had already spent nearly all of today's 50,000 tokens.
    await env.DB.prepare("INSERT INTO ai_token_usage (user_id, day, reserved, used, updated_at) VALUES (?, ?, 0, ?, ?)")
      .bind(user.userId, utcDay(Date.now()), 49_000, Date.now())
      .run();
    const text = unique("One more?");
    const res = await api(user, "POST", `/chats/${chatId}/messages`, { clientMessageId: "over-1", text });
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe("AI_BUDGET_EXHAUSTED");
    const wait = Number(res.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(86_400);
    expect(await history(user, chatId)).toEqual([]);
    expect(await peerRequests(text)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { secondsUntilNextDay, spentTokens, utcDay } from "./budget.ts";
import { buildContext, estimateTokens } from "./context.ts";

const msg = (text: string, fromAssistant = false, attachments: { name: string; mimeType: string }[] = []) => ({
  text,
  fromAssistant,
  attachments,
});

describe("buildContext", () => {
  it("puts the system prompt first and the messages oldest first, with roles", () => {
    const context = buildContext("Be brief.", [msg("And now?"), msg("Hello!", true), msg("Hi")], {
      maxMessages: 10,
      maxTokens: 1000,
    });
    expect(context).toEqual([
      { role: "system", content: "Be brief." },
      { role: "user", content: "Hi" },
      { role: "assistant", content: "Hello!" },
      { role: "user", content: "And now?" },
    ]);
  });

  it("keeps to the message count and the token budget, dropping the oldest", () => {
    const long = "x".repeat(400); // 100 tokens
    const newestFirst = [msg("newest"), msg(long), msg("oldest")];
    expect(buildContext("S", newestFirst, { maxMessages: 2, maxTokens: 1000 }).map((m) => m.content)).toEqual([
      "S",
      long,
      "newest",
    ]);
    expect(buildContext("S", newestFirst, { maxMessages: 10, maxTokens: 50 }).map((m) => m.content)).toEqual([
      "S",
      "newest",
    ]);
  });

  it("cuts a newest message that alone is over the budget, and describes attachments", () => {
    const context = buildContext("", [msg("y".repeat(1000))], { maxMessages: 5, maxTokens: 10 });
    expect(context[1]?.content).toBe("y".repeat(40));
    const photo = { name: "beach.jpg", mimeType: "image/jpeg" };
    const withFile = buildContext("", [msg("look", false, [photo])], { maxMessages: 5, maxTokens: 100 });
    expect(withFile[1]?.content).toBe("look\n[attachment: beach.jpg (image/jpeg)]");
    expect(estimateTokens("abcde")).toBe(2);
  });
});

describe("the budget's day", () => {
  it("is the UTC day, renewing at midnight", () => {
    const late = Date.UTC(2026, 11, 1, 23, 59, 30);
    expect(utcDay(late)).toBe("2026-12-01");
    expect(secondsUntilNextDay(late)).toBe(30);
    expect(secondsUntilNextDay(Date.UTC(2026, 11, 2))).toBe(86_400);
  });

  it("settles with the reported usage, else an estimate", () => {
    expect(spentTokens({ promptTokens: 30, completionTokens: 5 }, { promptTokens: 999, replyText: "" })).toBe(35);
    expect(spentTokens(null, { promptTokens: 30, replyText: "12345678" })).toBe(32);
  });
});

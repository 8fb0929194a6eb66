import { describe, expect, it } from "vitest";
import { applyAiDelta, StreamingReplies } from "./ai-replies.ts";

const CHAT = "dlg_0123456789abcdef0123456789abcdef";

describe("applyAiDelta", () => {
  it("appends at the end, ignores repeats, extends overlaps, and reports gaps", () => {
    expect(applyAiDelta("Hel", { offset: 3, delta: "lo" })).toBe("Hello");
    expect(applyAiDelta("Hello", { offset: 3, delta: "lo" })).toBe("Hello");
    expect(applyAiDelta("Hel", { offset: 2, delta: "llo" })).toBe("Hello");
    expect(applyAiDelta("Hel", { offset: 5, delta: " world" })).toBeNull();
  });
});

describe("StreamingReplies", () => {
  it("joins a reply's frames, starts from a seed after missed frames, and forgets ended replies", () => {
    const replies = new StreamingReplies();
    expect(replies.apply({ type: "aiDelta", chatId: CHAT, seq: 2, offset: 0, delta: "Hi" })).toBe("Hi");
    expect(replies.apply({ type: "aiDelta", chatId: CHAT, seq: 2, offset: 9, delta: "!" })).toBeNull();
    replies.seed(CHAT, 2, "Hi there ");
    expect(replies.apply({ type: "aiDelta", chatId: CHAT, seq: 2, offset: 9, delta: "!" })).toBe("Hi there !");
    expect(replies.text(CHAT, 2)).toBe("Hi there !");
    replies.end(CHAT, 2);
    expect(replies.text(CHAT, 2)).toBeUndefined();
  });
});

import { abortAllDurableObjects } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ask, isDelta, messageAt, openAssistant, unique } from "./helpers/assistant.ts";
import { users } from "./helpers/messaging.ts";
import { pause, TestSocket } from "./helpers/realtime.ts";

describe("an instance that dies mid-stream", () => {
  it("ends the reply as interrupted with the text saved so far, never stuck in streaming", async () => {
    const [user] = await users(1);
    if (!user) throw new Error("no user");
    const chatId = await openAssistant(user);
    const socket = await TestSocket.open(user, { sync: "now" });
    const mine = await ask(user, chatId, unique("A long answer please #slow"));
    const replySeq = mine.seq + 1;
    // A few deltas, and long enough for a periodic save (AI_SAVE_INTERVAL_MS is 100 in tests).
    await socket.waitFor((f) => isDelta(replySeq)(f) && f.offset > 0);
    await pause(400);
    const saved = await messageAt(user, chatId, replySeq);
    expect(saved?.ai?.state).toBe("streaming");
    expect(saved?.text.length).toBeGreaterThan(0);

    // The instance dies with its turn in memory (a crash, a restart for a deploy); a graceful
    // eviction would wait for the turn to end instead.
    await abortAllDurableObjects();

    const after = await messageAt(user, chatId, replySeq);
    expect(after?.ai?.state).toBe("interrupted");
    expect(after?.ai?.error).toMatch(/interrupted/);
    expect(after?.text.startsWith(saved?.text ?? "?")).toBe(true);
    socket.close();
  });
});

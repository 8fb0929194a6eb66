// A reaction is one emoji: a run of several ("👍👍👍") is text, not a reaction, and must be
// refused like any other text — before, anything up to 16 pictographs passed as "one emoji".
import { describe, expect, it } from "vitest";
import { api, createGroup, history, send, users } from "./helpers/messaging.ts";

describe("reaction emoji", () => {
  it("refuses several emoji in one reaction and stores nothing", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const chatId = await createGroup(alice, []);
    const message = await send(alice, chatId, "react");
    for (const several of ["👍👍", "🔥🔥🔥", "😀😁", "🇫🇷🇩🇪", "👍🏽👍🏽", "❤️❤️"]) {
      const res = await api(
        alice,
        "PUT",
        `/chats/${chatId}/messages/${message.seq}/reactions/${encodeURIComponent(several)}`,
      );
      expect(res.status, several).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
    }
    expect((await history(alice, chatId))[0]?.reactions).toEqual([]);

    // Single emoji of every kind still work (each taken back, to stay under the per-user cap).
    for (const one of ["👍", "❤️", "👍🏽", "👩‍💻", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇫🇷", "1️⃣", "🕵️‍♂️", "🔥"]) {
      const path = `/chats/${chatId}/messages/${message.seq}/reactions/${encodeURIComponent(one)}`;
      const added = await api<{ reactions: { emoji: string }[] }>(alice, "PUT", path);
      expect(added.status, one).toBe(200);
      expect(added.body.data.reactions.map((r) => r.emoji)).toEqual([one]);
      expect((await api(alice, "DELETE", path)).status, one).toBe(200);
    }
  });
});

import { describe, expect, it } from "vitest";
import type { Message } from "../openapi/messaging-types.ts";
import { allUpdates, api, createGroup, drain, history, users } from "./helpers/messaging.ts";

describe("concurrent sends to one group", () => {
  it("5 senders × 50 concurrent sends get seq 1..250 with no gap or duplicate, and every member sees all 250", {
    // 250 requests: ~6-8 s on a 2-core machine shared with other test runs, beyond the 5 s default.
    timeout: 30_000,
  }, async () => {
    const members = await users(5);
    const [owner, ...others] = members;
    if (!owner) throw new Error("users");
    const chatId = await createGroup(owner, others);

    const sends = members.flatMap((sender, s) =>
      Array.from({ length: 50 }, (_, i) =>
        api<Message>(sender, "POST", `/chats/${chatId}/messages`, {
          clientMessageId: `s${s}-m${i}`,
          text: `sender ${s} #${i}`,
        }),
      ),
    );
    const answers = await Promise.all(sends);
    for (const answer of answers) expect(answer.status, JSON.stringify(answer.body)).toBe(201);

    const seqs = answers.map((a) => a.body.data.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));

    // History, read in pages of 100 after a seq, holds exactly those 250 messages.
    const stored = [
      ...(await history(owner, chatId, "?after=0&limit=100")),
      ...(await history(owner, chatId, "?after=100&limit=100")),
      ...(await history(owner, chatId, "?after=200&limit=100")),
    ];
    expect(stored.map((m) => m.seq)).toEqual(seqs);

    await drain(chatId);
    for (const member of members) {
      const newMessages = (await allUpdates(member)).filter((u) => u.type === "newMessage");
      const received = newMessages.map((u) => (u.type === "newMessage" ? u.message.seq : 0));
      // Delivered in seq order, each once.
      expect(received).toEqual(seqs);
    }
  });
});

import { describe, expect, it } from "vitest";
import type { Update } from "../openapi/realtime-types.ts";
import { allUpdates, api, createGroup, drain, history, users } from "./helpers/messaging.ts";
import { TestSocket } from "./helpers/realtime.ts";

// The bench's load check (tools/bench/load.mjs: 50 senders for 10 s) at a size a test can afford:
// many senders at once into one group, delivered by the drain that runs right after each commit
// (and batches what lands meanwhile). Every member's live socket, update log and history must
// hold every message exactly once, in seq order.
const SENDERS = 8;
const PER_SENDER = 6;
const TOTAL = SENDERS * PER_SENDER;

const newMessageSeqs = (updates: Update[], chatId: string) =>
  updates.flatMap((u) => (u.type === "newMessage" && u.message.chatId === chatId ? [u.message.seq] : []));

describe("many senders into one group at once", () => {
  it(`${SENDERS} senders × ${PER_SENDER}: every socket, update log and history has 1..${TOTAL} exactly once`, {
    timeout: 60_000,
  }, async () => {
    const members = await users(SENDERS);
    const [owner, ...others] = members;
    if (!owner) throw new Error("users");
    const chatId = await createGroup(owner, others);
    await drain(chatId);
    const sockets = await Promise.all(members.slice(0, 3).map((member) => TestSocket.open(member, { sync: "now" })));

    const answers = await Promise.all(
      members.flatMap((sender, s) =>
        Array.from({ length: PER_SENDER }, (_, i) =>
          api(sender, "POST", `/chats/${chatId}/messages`, { clientMessageId: `x${s}-${i}`, text: `${s}/${i}` }),
        ),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
    await drain(chatId);

    const expected = Array.from({ length: TOTAL }, (_, i) => i + 1);
    for (const socket of sockets) {
      const live = await socket.updates(TOTAL, 0, 20_000);
      expect(newMessageSeqs(live, chatId)).toEqual(expected);
    }
    for (const member of members) {
      expect(newMessageSeqs(await allUpdates(member), chatId), member.userId).toEqual(expected);
      const stored = [
        ...(await history(member, chatId, "?after=0&limit=100")),
        ...(await history(member, chatId, "?after=100&limit=100")),
      ];
      expect(stored.map((m) => m.seq)).toEqual(expected);
    }
    for (const socket of sockets) socket.close();
  });
});

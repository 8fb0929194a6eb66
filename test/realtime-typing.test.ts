import { describe, expect, it } from "vitest";
import { REALTIME_LIMITS, type TypingFrame } from "../openapi/realtime-frames.ts";
import { createGroup, drain, users } from "./helpers/messaging.ts";
import { addDevice, pause, TestSocket } from "./helpers/realtime.ts";

const typingIn = (socket: TestSocket, chatId: string) =>
  socket.frames.filter((f): f is TypingFrame => f.type === "typing" && f.chatId === chatId);

describe("typing", () => {
  it("reaches the chat's other members' devices with its ~5 s lifetime, and is rate-limited", async () => {
    const [alice, bob, carol, outsider] = await users(4);
    if (!alice || !bob || !carol || !outsider) throw new Error("users");
    const group = await createGroup(alice, [bob, carol]);
    await drain(group);
    const aliceOther = await TestSocket.open(await addDevice(alice), { sync: "now" });
    const aliceSocket = await TestSocket.open(alice, { sync: "now" });
    const bobSocket = await TestSocket.open(bob, { sync: "now" });
    const carolSocket = await TestSocket.open(carol, { sync: "now" });
    const outsiderSocket = await TestSocket.open(outsider, { sync: "now" });

    const before = Date.now();
    // Five typing frames in a burst: one is relayed, the rest are dropped.
    for (let i = 0; i < 5; i++) aliceSocket.send({ type: "typing", chatId: group });
    for (const socket of [bobSocket, carolSocket]) {
      const frame = await socket.waitFor((f) => f.type === "typing");
      expect(frame).toMatchObject({
        type: "typing",
        chatId: group,
        userId: alice.userId,
        expiresInMs: REALTIME_LIMITS.typingTtlMs,
      });
      expect((frame as TypingFrame).date).toBeGreaterThanOrEqual(before);
    }
    await pause(200);
    expect(typingIn(bobSocket, group)).toHaveLength(1);
    expect(typingIn(carolSocket, group)).toHaveLength(1);
    // Not to the typist's own devices, not to anyone outside the chat, and never with an error.
    expect(typingIn(aliceSocket, group)).toEqual([]);
    expect(typingIn(aliceOther, group)).toEqual([]);
    expect(outsiderSocket.frames.filter((f) => f.type === "typing")).toEqual([]);
    expect(aliceSocket.frames.filter((f) => f.type === "error")).toEqual([]);

    // Typing is ephemeral: it is not in anyone's update log.
    expect(bobSocket.allUpdates().length).toBe(0);

    // Bob types too: Alice's two devices both see it.
    bobSocket.send({ type: "typing", chatId: group });
    await aliceSocket.waitFor((f) => f.type === "typing" && f.userId === bob.userId);
    await aliceOther.waitFor((f) => f.type === "typing" && f.userId === bob.userId);

    for (const socket of [aliceSocket, aliceOther, bobSocket, carolSocket, outsiderSocket]) socket.close();
  });
});

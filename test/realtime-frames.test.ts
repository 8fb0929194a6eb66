import { describe, expect, it } from "vitest";
import { CLOSE_CODES, REALTIME_LIMITS } from "../openapi/realtime-frames.ts";
import { drain, openDialog, send, users } from "./helpers/messaging.ts";
import { TestSocket } from "./helpers/realtime.ts";

describe("realtime frames: bad input and flooding", () => {
  it("answers every bad frame with an error frame and keeps the socket usable", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const socket = await TestSocket.open(alice, { sync: "now" });
    const bad: [string | ArrayBuffer, string][] = [
      ["{not json", "MALFORMED_JSON"],
      ['{"type":"subscribe","channel":"all"}', "INVALID_FRAME"],
      ['{"type":"sync","pts":-1}', "INVALID_FRAME"],
      ['{"type":"ack"}', "INVALID_FRAME"],
      ['{"type":"typing","chatId":""}', "INVALID_FRAME"],
      ['"ping"', "INVALID_FRAME"],
      [JSON.stringify({ type: "ping", pad: "x".repeat(REALTIME_LIMITS.maxFrameChars) }), "FRAME_TOO_LARGE"],
      [new Uint8Array([1, 2, 3]).buffer, "BINARY_NOT_SUPPORTED"],
    ];
    for (const [frame, code] of bad) {
      const from = socket.frames.length;
      socket.send(frame);
      const error = await socket.waitFor((f) => f.type === "error", { from });
      expect(error, String(frame).slice(0, 40)).toMatchObject({ type: "error", code });
      socket.send({ type: "ping" });
      await socket.waitFor((f) => f.type === "pong", { from });
    }
    expect(socket.closed).toBeNull();
    // A typing frame for a chat the caller is not in: NOT_FOUND, like the REST API.
    const from = socket.frames.length;
    socket.send({ type: "typing", chatId: `grp_${"0".repeat(32)}` });
    expect(await socket.waitFor((f) => f.type === "error", { from })).toMatchObject({ code: "NOT_FOUND" });
    socket.close();
  });

  it("answers tooLong to a pts it cannot serve, then delivers live from the current pts", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(bob, alice);
    await send(bob, chatId, "before");
    await drain(chatId);
    const socket = await TestSocket.open(alice);
    socket.send({ type: "sync", pts: 1000 });
    expect(await socket.waitFor((f) => f.type === "tooLong")).toEqual({ type: "tooLong", pts: 2 });
    await send(bob, chatId, "after");
    await drain(chatId);
    expect(await socket.updates(1)).toMatchObject([{ type: "newMessage", pts: 3, message: { text: "after" } }]);
    socket.close();
  });

  it("closes a socket that floods frames with code 4008", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const socket = await TestSocket.open(alice, { sync: "now" });
    for (let i = 0; i < REALTIME_LIMITS.floodFrames + 10; i++) socket.send('{"type": "ping"}');
    expect((await socket.waitClosed()).code).toBe(CLOSE_CODES.flooding);
    // The frames within the limit were answered.
    expect(socket.frames.filter((f) => f.type === "pong").length).toBe(REALTIME_LIMITS.floodFrames - 1);
    // The user can connect again.
    const again = await TestSocket.open(alice, { sync: "now" });
    expect(again.closed).toBeNull();
    again.close();
  });
});

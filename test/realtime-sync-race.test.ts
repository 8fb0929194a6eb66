import { describe, expect, it } from "vitest";
import { drain, openDialog, send, users } from "./helpers/messaging.ts";
import { addDevice, TestSocket } from "./helpers/realtime.ts";

describe("catch-up racing live delivery", () => {
  it("a socket that syncs while updates keep arriving gets every pts exactly once, in order", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    await send(alice, chatId, "first");
    await drain(chatId);

    // Sends keep landing (their outbox drains by itself) while Bob's devices connect and sync from 0.
    const sending = (async () => {
      for (let i = 0; i < 30; i++) await send(alice, chatId, `m${i}`);
    })();
    const sockets: TestSocket[] = [];
    for (let i = 0; i < 3; i++) {
      sockets.push(await TestSocket.open(await addDevice(bob), { sync: 0 }));
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    await sending;
    await drain(chatId);
    // chatUpdated + 31 messages: pts 1..32 on Bob's log, on each of his three devices.
    for (const socket of sockets) {
      const pts = (await socket.updates(32)).map((u) => u.pts);
      expect(pts).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
      socket.close();
    }
  });
});

import { env, evictDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { appWithProbes } from "./helpers/app-with-probe.ts";
import { history, openDialog, users } from "./helpers/messaging.ts";

describe("send rate limit", () => {
  it("answers 429 with Retry-After past SEND_RATE_LIMIT sends per window, and stores nothing more", async () => {
    const [alice, bob, carol] = await users(3);
    if (!alice || !bob || !carol) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    const { call } = appWithProbes();
    const limited = { ...env, SEND_RATE_LIMIT: "3", SEND_RATE_WINDOW_SECONDS: "60" };
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 5; i++) {
      last = await call(
        `/api/v1/chats/${chatId}/messages`,
        {
          method: "POST",
          headers: { ...alice.authHeader, "content-type": "application/json" },
          body: JSON.stringify({ clientMessageId: `rl-${i}`, text: `m${i}` }),
        },
        limited,
      );
      statuses.push(last.status);
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    expect(Number(last?.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await last?.json()) as { error: { code: string } };
    expect(body.error.code).toBe("RATE_LIMITED");
    expect((await history(bob, chatId)).map((m) => m.text)).toEqual(["m0", "m1", "m2"]);

    // The limit is the sender's, across chats (counted in their UserDO); another sender is not held back.
    const elsewhere = await openDialog(alice, carol);
    const post = (sender: typeof alice, chat: string, id: string) =>
      call(
        `/api/v1/chats/${chat}/messages`,
        {
          method: "POST",
          headers: { ...sender.authHeader, "content-type": "application/json" },
          body: JSON.stringify({ clientMessageId: id, text: id }),
        },
        limited,
      );
    expect((await post(alice, elsewhere, "rl-elsewhere")).status).toBe(429);
    expect((await post(carol, elsewhere, "rl-carol")).status).toBe(201);
  });

  it("holds across the sender's object being evicted near the limit (counts there are stored at once)", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    const { call } = appWithProbes();
    const limited = { ...env, SEND_RATE_LIMIT: "4", SEND_RATE_WINDOW_SECONDS: "3600" };
    const post = (i: number) =>
      call(
        `/api/v1/chats/${chatId}/messages`,
        {
          method: "POST",
          headers: { ...alice.authHeader, "content-type": "application/json" },
          body: JSON.stringify({ clientMessageId: `ev-${i}`, text: `e${i}` }),
        },
        limited,
      );
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(i)).status);
    await evictDurableObject(env.USER.get(env.USER.idFromName(alice.userId)));
    for (let i = 3; i < 6; i++) statuses.push((await post(i)).status);
    expect(statuses).toEqual([201, 201, 201, 201, 429, 429]);
  });
});

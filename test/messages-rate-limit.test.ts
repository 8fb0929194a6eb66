import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { appWithProbes } from "./helpers/app-with-probe.ts";
import { history, openDialog, users } from "./helpers/messaging.ts";

describe("send rate limit", () => {
  it("answers 429 with Retry-After past SEND_RATE_LIMIT sends per window, and stores nothing more", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
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
  });
});

import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../api/env.ts";
import { APNS_TOKEN_LIFETIME_MS, apnsProvider } from "../api/push/apns.ts";
import type { StoredDevice } from "../api/push/devices.ts";
import type { Notification } from "../api/push/provider.ts";
import { fakeClock } from "../durable/clock.ts";
import { APNS_PEER_BASE, type ApnsReceived } from "./peers/apns.ts";

// The APNs provider against the APNs peer (which verifies each JWT with the key's public half),
// with a fake clock: how long one provider token is used. The peer refuses tokens over an hour old
// by the real clock, so the fake one starts 55 minutes back.
const peerFetch = fetch;
const apns = loadConfig(env).push.apns;
if (!apns) throw new Error("the tests configure APNs (vitest.config.ts)");
const config = apns;
const notification: Notification = {
  title: "Ada",
  body: "hi",
  badge: 1,
  threadId: "dlg_x",
  collapseId: "dlg_x",
  priority: "high",
  pushType: "alert",
  data: {},
};
const device = (token: string): StoredDevice => ({
  id: "pdv_1",
  sessionId: "ses_1",
  userId: "usr_1",
  kind: "apns",
  token,
  details: { topic: "ai.iambig.test", sandbox: false },
  createdAt: 0,
  updatedAt: 0,
});

async function jwtOf(token: string): Promise<string | undefined> {
  const answer = await peerFetch(`${APNS_PEER_BASE}/__peer/received?key=${token}`);
  const { received } = (await answer.json()) as { received: ApnsReceived[] };
  return received.at(-1)?.jwt;
}

describe("the APNs provider token", () => {
  it("is kept for 50 minutes (Apple refuses refreshes under 20), then made again", async () => {
    const clock = fakeClock(Date.now() - 55 * 60_000);
    const provider = apnsProvider(config, peerFetch, clock);
    const tokens = ["a", "b", "c"].map((c) => c.repeat(64));
    const [t0, t1, t2] = tokens as [string, string, string];
    // Started 55 minutes ago by the fake clock: the first token's iat is then, and the peer accepts
    // it (under an hour). 49 minutes later the same token is used; past 50 a new one is signed.
    expect(await provider.send(device(t0), notification)).toEqual({ status: "ok" });
    clock.advance(APNS_TOKEN_LIFETIME_MS - 60_000);
    expect(await provider.send(device(t1), notification)).toEqual({ status: "ok" });
    clock.advance(2 * 60_000);
    expect(await provider.send(device(t2), notification)).toEqual({ status: "ok" });
    const [j0, j1, j2] = await Promise.all(tokens.map(jwtOf));
    expect(j0).toBeDefined();
    expect(j1).toBe(j0);
    expect(j2).not.toBe(j0);
  });

  it("a key that does not load is a configuration error, not a crash", async () => {
    const provider = apnsProvider(
      { ...config, teamId: "OTHERTEAM", privateKey: "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----" },
      peerFetch,
    );
    expect(await provider.send(device("d".repeat(64)), notification)).toMatchObject({ status: "misconfigured" });
  });
});

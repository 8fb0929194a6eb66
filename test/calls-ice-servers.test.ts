import { describe, expect, it } from "vitest";
import { api, users } from "./helpers/messaging.ts";
import { CLOUDFLARE_TURN_PEER_BASE } from "./peers/cloudflare-turn.ts";

type IceServers = { iceServers: { urls: string[]; username?: string; credential?: string }[]; ttlSeconds: number };

describe("GET /calls/ice-servers", () => {
  it("hands out Cloudflare Realtime TURN credentials generated with the key, never the key itself", async () => {
    const [ann] = await users(1);
    if (!ann) throw new Error("users");
    const answer = await api<IceServers>(ann, "GET", "/calls/ice-servers");
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const { iceServers, ttlSeconds } = answer.body.data;
    expect(ttlSeconds).toBe(3600);
    const turn = iceServers.find((s) => s.urls.some((url) => url.startsWith("turn:")));
    // The peer encodes the ttl it was asked for into the credential: the request carried ours.
    expect(turn).toMatchObject({ credential: "peer-credential-ttl-3600" });
    expect(JSON.stringify(answer.body)).not.toContain("turn-peer-api-token");
    const taken = (await (await fetch(`${CLOUDFLARE_TURN_PEER_BASE}/__peer/requests`)).json()) as { ttl: number }[];
    expect(taken.at(-1)).toEqual({ ttl: 3600 });
    expect((await api(null, "GET", "/calls/ice-servers")).status).toBe(401);
  });

  it("answers 503 in the envelope when the TURN API refuses", async () => {
    const [ann] = await users(1);
    if (!ann) throw new Error("users");
    await fetch(`${CLOUDFLARE_TURN_PEER_BASE}/__peer/fail`, { method: "POST", body: JSON.stringify({ status: 500 }) });
    const answer = await api(ann, "GET", "/calls/ice-servers");
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ success: false, error: { code: "TURN_UNAVAILABLE" } });
  });
});

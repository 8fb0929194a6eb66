import { describe, expect, it } from "vitest";
import { httpSfuClient } from "../durable/call/sfu/http-client.ts";
import { DomainRefusal } from "../durable/outcome.ts";
import { SFU_PEER_BASE, SFU_TEST_APP } from "./peers/cloudflare-sfu.ts";

// The real HTTP client inside workerd against the local SFU peer (test/peers/cloudflare-sfu.ts, through
// the outbound service), which checks paths, the bearer token and the JSON shapes as Cloudflare
// documents them and keeps sessions like the service.

const viaPeer: typeof fetch = (input, init) => fetch(input, init);
const config = { apiBase: SFU_PEER_BASE, appId: SFU_TEST_APP.appId, appToken: SFU_TEST_APP.appToken };
const offer = (mid: string) => ({ type: "offer" as const, sdp: `v=0\r\nm=audio 9 RTP 0\r\na=mid:${mid}\r\n` });

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof DomainRefusal) return `${error.status} ${error.code}`;
    throw error;
  }
  return "no refusal";
}

describe("the Cloudflare Realtime SFU client", () => {
  it("publishes from one session, pulls into another, renegotiates, reads and closes", async () => {
    const sfu = httpSfuClient(config, viaPeer);
    const publisher = (await sfu.newSession()).sessionId;
    const published = await sfu.newTracks(publisher, {
      sessionDescription: offer("0"),
      tracks: [{ location: "local", mid: "0", trackName: "mic" }],
    });
    expect(published).toMatchObject({ requiresImmediateRenegotiation: false, sessionDescription: { type: "answer" } });
    expect(published.tracks).toEqual([{ mid: "0", trackName: "mic", sessionId: null, errorCode: null }]);

    const viewer = (await sfu.newSession()).sessionId;
    const pulled = await sfu.newTracks(viewer, {
      tracks: [
        { location: "remote", sessionId: publisher, trackName: "mic" },
        { location: "remote", sessionId: publisher, trackName: "nothing" },
      ],
    });
    expect(pulled.requiresImmediateRenegotiation).toBe(true);
    expect(pulled.sessionDescription?.type).toBe("offer");
    expect(pulled.tracks.map((t) => t.errorCode)).toEqual([null, "track_not_found"]);
    await sfu.renegotiate(viewer, { type: "answer", sdp: "v=0\r\n" });
    // Answered already: a second answer is the SFU refusing the device's input.
    expect(await refusal(sfu.renegotiate(viewer, { type: "answer", sdp: "v=0\r\n" }))).toBe("400 SFU_REFUSED");

    const mid = pulled.tracks[0]?.mid as string;
    expect((await sfu.session(viewer)).tracks).toEqual([
      { location: "remote", mid, trackName: "mic", status: "active" },
    ]);
    const closed = await sfu.closeTracks(viewer, { mids: [mid], force: true });
    expect(closed.tracks.map((t) => t.mid)).toEqual([mid]);
    expect((await sfu.session(viewer)).tracks).toEqual([]);
  });

  it("is unavailable (503) with a wrong token, a 5xx or no answer, and refused (400) for an unknown session", async () => {
    expect(await refusal(httpSfuClient({ ...config, appToken: "wrong" }, viaPeer).newSession())).toBe(
      "503 SFU_UNAVAILABLE",
    );
    const sfu = httpSfuClient(config, viaPeer);
    const session = (await sfu.newSession()).sessionId;
    await viaPeer(`${SFU_PEER_BASE}/__peer/fail`, {
      method: "POST",
      body: JSON.stringify({ status: 502, when: "client-502-probe" }),
    });
    expect(await refusal(sfu.renegotiate(session, { type: "answer", sdp: "v=0 client-502-probe" }))).toBe(
      "503 SFU_UNAVAILABLE",
    );
    const offline: typeof fetch = async () => {
      throw new TypeError("fetch failed");
    };
    expect(await refusal(httpSfuClient(config, offline).newSession())).toBe("503 SFU_UNAVAILABLE");
    expect(await refusal(sfu.renegotiate("f".repeat(32), { type: "answer", sdp: "v=0" }))).toBe("400 SFU_REFUSED");
  });
});

import { describe, expect, it } from "vitest";
import type { Call } from "../openapi/call-types.ts";
import { startCall } from "./helpers/calls.ts";
import { api, createGroup, users } from "./helpers/messaging.ts";
import { SFU_PEER_BASE } from "./peers/cloudflare-sfu.ts";

const OFFER = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:0\r\n";
const PUBLISH = { sdp: OFFER, tracks: [{ mid: "0", trackName: "mic", kind: "audio" }] };
const FAKE_PEER = `peer_${"0".repeat(24)}`;

async function sfuCall() {
  const [ann, bob, eve] = await users(3);
  if (!ann || !bob || !eve) throw new Error("users");
  const group = await createGroup(ann, [bob]);
  const call = (await api<Call>(ann, "POST", `/chats/${group}/calls`, { video: true, sfu: true })).body.data;
  return { ann, bob, eve, group, call };
}

describe("who may use a call's SFU, and what it refuses", () => {
  it("answers 404 to anyone whose device is not in the call: an outsider, a ringing member, an unknown call", async () => {
    const { ann, bob, eve, call } = await sfuCall();
    expect(call.ringing).toEqual([bob.userId]);
    for (const user of [eve, bob]) {
      for (const [method, path, body] of [
        ["POST", "sfu/session", PUBLISH],
        ["POST", "sfu/tracks", { tracks: [{ peerId: call.self, trackName: "mic" }] }],
        ["PUT", "sfu/renegotiate", { sdp: OFFER }],
        ["PUT", "sfu/tracks/close", { mids: ["0"] }],
      ] as const) {
        const answer = await api(user, method, `/calls/${call.callId}/${path}`, body);
        expect(answer.status, `${user === eve ? "outsider" : "ringing"} ${path}`).toBe(404);
        expect(answer.body.error.code).toBe("CALL_NOT_FOUND");
      }
    }
    expect((await api(ann, "POST", `/calls/call_${"0".repeat(32)}/sfu/session`, PUBLISH)).status).toBe(404);
    expect((await api(null, "POST", `/calls/${call.callId}/sfu/session`, PUBLISH)).status).toBe(401);
  });

  it("refuses bad input with 400 before anything reaches the SFU", async () => {
    const { ann, call } = await sfuCall();
    const before = ((await (await fetch(`${SFU_PEER_BASE}/__peer/requests`)).json()) as unknown[]).length;
    const base = `/calls/${call.callId}`;
    for (const [method, path, body] of [
      ["POST", "sfu/session", { tracks: PUBLISH.tracks }],
      ["POST", "sfu/session", { sdp: OFFER, tracks: [] }],
      ["POST", "sfu/session", { sdp: OFFER, tracks: [{ mid: "0", trackName: "no spaces", kind: "audio" }] }],
      ["POST", "sfu/session", { sdp: OFFER, tracks: [{ mid: "0", trackName: "mic", kind: "screen" }] }],
      ["POST", "sfu/session", { ...PUBLISH, sessionId: "someone-elses" }],
      ["POST", "sfu/session", { sdp: "x".repeat(30_000), tracks: PUBLISH.tracks }],
      ["POST", "sfu/tracks", { tracks: [{ peerId: "peer_1", trackName: "mic" }] }],
      ["POST", "sfu/tracks", { tracks: [{ sessionId: "abc", trackName: "mic" }] }],
      ["PUT", "sfu/renegotiate", {}],
      ["PUT", "sfu/tracks/close", { mids: [] }],
    ] as const) {
      const answer = await api(ann, method, `${base}/${path}`, body);
      expect(answer.status, `${path} ${JSON.stringify(body).slice(0, 80)}`).toBe(400);
      expect(answer.body.error.code).toBe("VALIDATION_FAILED");
    }
    expect((await api(ann, "POST", `${base}/sfu/session`, "{", { "content-type": "application/json" })).status).toBe(
      400,
    );
    expect((await api(ann, "POST", "/calls/not-a-call/sfu/session", PUBLISH)).status).toBe(400);
    const after = ((await (await fetch(`${SFU_PEER_BASE}/__peer/requests`)).json()) as unknown[]).length;
    expect(after).toBe(before);
  });

  it("refuses SFU requests in a mesh call, unknown tracks, renegotiating before any session; the SFU's refusals are 400 and its outages 503", async () => {
    const [ann, bob] = await users(2);
    if (!ann || !bob) throw new Error("users");
    const group = await createGroup(ann, [bob]);
    const mesh = (await startCall(ann, group)).body.data;
    const inMesh = await api(ann, "POST", `/calls/${mesh.callId}/sfu/session`, PUBLISH);
    expect(inMesh.status).toBe(409);
    expect(inMesh.body.error.code).toBe("CALL_NOT_SFU");

    const { ann: host, call } = await sfuCall();
    const base = `/calls/${call.callId}`;
    const early = await api(host, "PUT", `${base}/sfu/renegotiate`, { sdp: OFFER });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("SFU_NO_SESSION");
    const unknown = await api(host, "POST", `${base}/sfu/tracks`, {
      tracks: [{ peerId: FAKE_PEER, trackName: "mic" }],
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("CALL_TRACK_NOT_FOUND");

    // The SFU refuses an offer without the track's mid: that track is not published.
    const missing = await api<{ tracks: unknown[] }>(host, "POST", `${base}/sfu/session`, {
      sdp: OFFER,
      tracks: [{ mid: "7", trackName: "cam", kind: "video" }],
    });
    expect(missing.status, JSON.stringify(missing.body)).toBe(400);
    expect(missing.body.error.code).toBe("SFU_REFUSED");
    // The SFU answering 500 (or not at all) is a 503 the device can retry; nothing was recorded.
    const probe = { ...PUBLISH, tracks: [{ mid: "0", trackName: "outage-probe", kind: "audio" }] };
    await fetch(`${SFU_PEER_BASE}/__peer/fail`, {
      method: "POST",
      body: JSON.stringify({ status: 500, when: "outage-probe" }),
    });
    const outage = await api(host, "POST", `${base}/sfu/session`, probe);
    expect(outage.status).toBe(503);
    expect(outage.body.error.code).toBe("SFU_UNAVAILABLE");
    expect((await api<Call>(host, "GET", base)).body.data.tracks).toEqual([]);
    // The retry works.
    expect((await api(host, "POST", `${base}/sfu/session`, probe)).status).toBe(200);
    expect((await api<Call>(host, "GET", base)).body.data.tracks).toHaveLength(1);
  });
});

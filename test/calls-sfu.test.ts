import { describe, expect, it } from "vitest";
import type { Call } from "../openapi/call-types.ts";
import { callState, isIncoming, startCall } from "./helpers/calls.ts";
import { api, createGroup, users } from "./helpers/messaging.ts";
import { TestSocket } from "./helpers/realtime.ts";
import { SFU_PEER_BASE, type SfuPeerRequest } from "./peers/cloudflare-sfu.ts";

/** A browser's offer with these mids (enough for the SFU peer, which checks the mids are in it). */
const offerWith = (...mids: string[]) =>
  `v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n${mids.map((mid) => `m=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:${mid}\r\na=sendonly\r\n`).join("")}`;
const ANSWER = "v=0\r\no=- 3 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";

const sfuRequests = async () => (await (await fetch(`${SFU_PEER_BASE}/__peer/requests`)).json()) as SfuPeerRequest[];

describe("a group call past the mesh limit, through Cloudflare Realtime SFU", () => {
  it("moves to SFU mode when a fifth device joins; its tracks reach the others through the SFU; leaving takes them away", async () => {
    const [ann, bob, cat, dan, eve] = await users(5);
    if (!ann || !bob || !cat || !dan || !eve) throw new Error("users");
    const group = await createGroup(ann, [bob, cat, dan, eve]);
    const sockets = new Map<string, TestSocket>();
    for (const user of [ann, bob, cat, dan, eve])
      sockets.set(user.userId, await TestSocket.open(user, { sync: "now" }));
    const socket = (user: { userId: string }) => sockets.get(user.userId) as TestSocket;

    const call = (await startCall(ann, group)).body.data;
    expect(call).toMatchObject({ mode: "mesh", tracks: [], meshLimit: 4 });
    for (const user of [bob, cat, dan]) {
      await socket(user).waitFor(isIncoming(call.callId));
      socket(user).send({ type: "callJoin", callId: call.callId });
      await callState(socket(user), call.callId, (c) => c.self !== null);
    }
    const full = await callState(socket(ann), call.callId, (c) => c.participants.length === 4);
    expect(full.mode).toBe("mesh");

    // The fifth device: no CALL_FULL, the call moves to the SFU, and everyone hears it.
    socket(eve).send({ type: "callJoin", callId: call.callId });
    const eveView = await callState(socket(eve), call.callId, (c) => c.self !== null);
    expect(eveView).toMatchObject({ mode: "sfu", tracks: [] });
    expect(eveView.participants).toHaveLength(5);
    await callState(socket(ann), call.callId, (c) => c.mode === "sfu");
    const evePeer = eveView.self as string;

    // Eve publishes her microphone and camera from one offer.
    const published = await api<{ sdp: string; tracks: { mid: string; trackName: string }[] }>(
      eve,
      "POST",
      `/calls/${call.callId}/sfu/session`,
      {
        sdp: offerWith("0", "1"),
        tracks: [
          { mid: "0", trackName: "audio-0", kind: "audio" },
          { mid: "1", trackName: "video-1", kind: "video" },
        ],
      },
    );
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body.data.sdp).toContain("a=mid:1");
    expect(published.body.data.tracks).toEqual([
      { mid: "0", trackName: "audio-0" },
      { mid: "1", trackName: "video-1" },
    ]);
    // Everyone learns which tracks to pull (a newcomer reads the same with GET /calls/{callId}).
    const withTracks = await callState(socket(bob), call.callId, (c) => c.tracks.length === 2);
    expect(withTracks.tracks).toEqual([
      { peerId: evePeer, userId: eve.userId, trackName: "audio-0", kind: "audio" },
      { peerId: evePeer, userId: eve.userId, trackName: "video-1", kind: "video" },
    ]);
    expect((await api<Call>(dan, "GET", `/calls/${call.callId}`)).body.data.tracks).toHaveLength(2);

    // Bob pulls them: the SFU offers, Bob answers.
    const pulled = await api<{ offer: string | null; tracks: { peerId: string; mid: string | null }[] }>(
      bob,
      "POST",
      `/calls/${call.callId}/sfu/tracks`,
      { tracks: withTracks.tracks.map(({ peerId, trackName }) => ({ peerId, trackName })) },
    );
    expect(pulled.status, JSON.stringify(pulled.body)).toBe(200);
    expect(pulled.body.data.offer).toContain("a=sendonly");
    expect(pulled.body.data.tracks.map((t) => t.peerId)).toEqual([evePeer, evePeer]);
    expect(pulled.body.data.tracks.every((t) => t.mid !== null)).toBe(true);
    const renegotiated = await api(bob, "PUT", `/calls/${call.callId}/sfu/renegotiate`, { sdp: ANSWER });
    expect(renegotiated.status, JSON.stringify(renegotiated.body)).toBe(200);
    expect(renegotiated.body.data).toEqual({ renegotiated: true });

    // What the SFU was asked: Bob's pull named Eve's SFU session (which no device ever saw).
    const asked = await sfuRequests();
    // (Other test files use the peer at the same time: Eve's is the only publish of a "video-1".)
    const publish = asked.find(
      (r) =>
        r.path.endsWith("/tracks/new") &&
        JSON.stringify(r.body).includes('"location":"local","mid":"1","trackName":"video-1"'),
    );
    const eveSession = publish?.path.split("/")[5];
    const pull = asked.find(
      (r) => r.path.endsWith("/tracks/new") && JSON.stringify(r.body).includes(eveSession ?? "-"),
    );
    expect(pull?.path.split("/")[5]).not.toBe(eveSession);
    expect(pull?.body).toEqual({
      tracks: [
        { location: "remote", sessionId: eveSession, trackName: "audio-0" },
        { location: "remote", sessionId: eveSession, trackName: "video-1" },
      ],
    });
    expect(JSON.stringify([published.body, pulled.body, withTracks])).not.toContain(eveSession);

    // Eve turns her camera off: the video track is closed and disappears for everyone.
    const closed = await api(eve, "PUT", `/calls/${call.callId}/sfu/tracks/close`, { mids: ["1"] });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const audioOnly = await callState(socket(cat), call.callId, (c) => c.tracks.length === 1);
    expect(audioOnly.tracks[0]).toMatchObject({ peerId: evePeer, trackName: "audio-0" });

    // Eve hangs up: her tracks go with her, and the call goes on through the SFU.
    const mark = socket(ann).frames.length;
    socket(eve).send({ type: "callLeave", callId: call.callId });
    const after = await callState(socket(ann), call.callId, (c) => c.participants.length === 4, mark);
    expect(after).toMatchObject({ state: "active", mode: "sfu", tracks: [] });
    // A track of a device that left cannot be pulled.
    const gone = await api(dan, "POST", `/calls/${call.callId}/sfu/tracks`, {
      tracks: [{ peerId: evePeer, trackName: "audio-0" }],
    });
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe("CALL_TRACK_NOT_FOUND");
  });

  it("starts in SFU mode when asked to (sfu: true), so a small call can use it too", async () => {
    const [ann, bob] = await users(2);
    if (!ann || !bob) throw new Error("users");
    const group = await createGroup(ann, [bob]);
    const started = await api<Call>(ann, "POST", `/chats/${group}/calls`, { video: false, sfu: true });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect(started.body.data.mode).toBe("sfu");
    const published = await api(ann, "POST", `/calls/${started.body.data.callId}/sfu/session`, {
      sdp: offerWith("0"),
      tracks: [{ mid: "0", trackName: "mic", kind: "audio" }],
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect((await api<Call>(ann, "GET", `/calls/${started.body.data.callId}`)).body.data.tracks).toHaveLength(1);
  });
});

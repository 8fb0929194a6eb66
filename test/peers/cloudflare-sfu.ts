/**
 * A local stand-in for Cloudflare Realtime SFU's Connection API, run by vitest.config.ts as part
 * of the Worker's outbound service (unit tests call it as a fetch function). It checks requests the
 * way the API documents them — `/v1/apps/{appId}/sessions/…` paths, the app secret as a bearer
 * token, JSON bodies of the documented shapes — and keeps sessions and their tracks the way the
 * service does: a local track needs an offer whose SDP has the track's mid; a remote track must be
 * published by the session it names; pulling makes an offer the session must answer (renegotiate)
 * before its next change. Tests read what it took from `GET /__peer/requests` (method, path, body:
 * never the token) and make a request fail with `POST /__peer/fail {status, when}`: the next one whose
 * path or body contains `when` (test files run in parallel against this one peer, so each names its own).
 */

export const SFU_PEER_HOST = "sfu.cloudflare.test";
export const SFU_PEER_BASE = `http://${SFU_PEER_HOST}`;
export const SFU_TEST_APP = { appId: "5f0c0ffee5f0c0ffee5f0c0ffee5f0c0", appToken: "sfu-peer-app-secret-000000000000" };

type Track = { location: "local" | "remote"; mid: string; trackName: string; sessionId?: string };
type Session = { tracks: Track[]; nextMid: number; pendingOffer: boolean };

export type SfuPeerRequest = { method: string; path: string; body: unknown };

const sessions = new Map<string, Session>();
const taken: SfuPeerRequest[] = [];
const failures: { status: number; when: string }[] = [];

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const refusal = (status: number, errorCode: string, errorDescription: string) =>
  json(status, { errorCode, errorDescription });

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isSdp = (v: unknown, type: "offer" | "answer") =>
  isObject(v) && v.type === type && typeof v.sdp === "string" && v.sdp.startsWith("v=0");

/** An SDP of the SFU's with one m-section per mid (what a browser needs to see to map transceivers). */
function sdpOf(mids: string[], direction: string) {
  const sections = mids.map((mid) => `m=video 9 UDP/TLS/RTP/SAVPF 96\r\na=mid:${mid}\r\na=${direction}\r\n`);
  return `v=0\r\no=- ${Date.now()} 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n${sections.join("")}`;
}

export async function cloudflareSfuPeer(request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  if (url.host !== SFU_PEER_HOST) return null;
  if (url.pathname === "/__peer/requests") return json(200, taken);
  if (url.pathname === "/__peer/fail" && request.method === "POST") {
    failures.push((await request.json()) as { status: number; when: string });
    return json(200, {});
  }
  const match =
    /^\/v1\/apps\/([^/]+)\/sessions\/(new|[0-9a-f]{32})(\/tracks\/new|\/tracks\/close|\/renegotiate)?$/.exec(
      url.pathname,
    );
  if (!match) return refusal(404, "not_found", "No such endpoint");
  if (match[1] !== SFU_TEST_APP.appId) return refusal(404, "app_not_found", "No such app");
  if (request.headers.get("authorization") !== `Bearer ${SFU_TEST_APP.appToken}`) {
    return refusal(401, "unauthorized", "Bad app secret");
  }
  let body: unknown;
  let text = "";
  if (request.method !== "GET") {
    text = await request.text();
    if (text !== "") {
      if (!request.headers.get("content-type")?.startsWith("application/json")) {
        return refusal(400, "bad_content_type", "Content-Type must be application/json");
      }
      try {
        body = JSON.parse(text);
      } catch {
        return refusal(400, "bad_json", "The body is not JSON");
      }
    }
  }
  taken.push({ method: request.method, path: url.pathname, body: body ?? null });
  const failure = failures.findIndex((f) => `${url.pathname} ${text}`.includes(f.when));
  if (failure >= 0) {
    const status = failures.splice(failure, 1)[0]?.status ?? 500;
    return refusal(status, "peer_told_to_fail", "The peer was told to fail");
  }
  const [, , sessionPart, action] = match;
  if (sessionPart === "new") {
    if (request.method !== "POST" || action) return refusal(405, "method_not_allowed", "POST sessions/new");
    const sessionId = crypto.randomUUID().replace(/-/g, "");
    sessions.set(sessionId, { tracks: [], nextMid: 0, pendingOffer: false });
    return json(201, { sessionId });
  }
  const session = sessions.get(sessionPart as string);
  if (!session) return refusal(404, "session_not_found", "No such session");

  if (!action) {
    if (request.method !== "GET") return refusal(405, "method_not_allowed", "GET a session");
    return json(200, { tracks: session.tracks.map((t) => ({ ...t, status: "active" })) });
  }
  if (!isObject(body)) return refusal(400, "bad_request", "A JSON object body is required");

  if (action === "/tracks/new") {
    if (request.method !== "POST") return refusal(405, "method_not_allowed", "POST tracks/new");
    if (session.pendingOffer) return refusal(400, "renegotiation_pending", "Answer the last offer first");
    const tracks = body.tracks;
    if (!Array.isArray(tracks) || tracks.length === 0 || tracks.length > 64) {
      return refusal(400, "bad_tracks", "tracks must hold 1 to 64 track objects");
    }
    const results: Json[] = [];
    const localMids: string[] = [];
    const remoteMids: string[] = [];
    for (const track of tracks as unknown[]) {
      if (!isObject(track) || typeof track.trackName !== "string" || track.trackName === "") {
        return refusal(400, "bad_track", "Every track needs a trackName");
      }
      if (track.location === "local") {
        if (typeof track.mid !== "string") return refusal(400, "bad_track", "A local track needs its mid");
        if (!isSdp(body.sessionDescription, "offer")) {
          return refusal(400, "offer_required", "Local tracks need an offer (sessionDescription)");
        }
        if (!(body.sessionDescription as { sdp: string }).sdp.includes(`a=mid:${track.mid}\r\n`)) {
          results.push({ mid: track.mid, trackName: track.trackName, errorCode: "mid_not_in_offer" });
          continue;
        }
        session.tracks.push({ location: "local", mid: track.mid, trackName: track.trackName });
        localMids.push(track.mid);
        results.push({ mid: track.mid, trackName: track.trackName });
      } else if (track.location === "remote") {
        if (typeof track.sessionId !== "string") return refusal(400, "bad_track", "A remote track needs its sessionId");
        const source = sessions.get(track.sessionId);
        if (!source?.tracks.some((t) => t.location === "local" && t.trackName === track.trackName)) {
          results.push({ trackName: track.trackName, sessionId: track.sessionId, errorCode: "track_not_found" });
          continue;
        }
        const mid = `r${session.nextMid++}`;
        session.tracks.push({ location: "remote", mid, trackName: track.trackName, sessionId: track.sessionId });
        remoteMids.push(mid);
        results.push({ mid, trackName: track.trackName, sessionId: track.sessionId });
      } else {
        return refusal(400, "bad_track", "location must be local or remote");
      }
    }
    if (remoteMids.length > 0) {
      session.pendingOffer = true;
      return json(200, {
        requiresImmediateRenegotiation: true,
        sessionDescription: { type: "offer", sdp: sdpOf(remoteMids, "sendonly") },
        tracks: results,
      });
    }
    return json(200, {
      requiresImmediateRenegotiation: false,
      sessionDescription: localMids.length > 0 ? { type: "answer", sdp: sdpOf(localMids, "recvonly") } : undefined,
      tracks: results,
    });
  }

  if (request.method !== "PUT") return refusal(405, "method_not_allowed", "PUT");
  if (action === "/renegotiate") {
    if (!isSdp(body.sessionDescription, "answer")) return refusal(400, "answer_required", "An answer is required");
    if (!session.pendingOffer) return refusal(400, "no_pending_offer", "Nothing to renegotiate");
    session.pendingOffer = false;
    return json(200, {});
  }
  // /tracks/close
  const closing = body.tracks;
  if (
    !Array.isArray(closing) ||
    closing.length === 0 ||
    !closing.every((t) => isObject(t) && typeof t.mid === "string")
  ) {
    return refusal(400, "bad_tracks", "tracks must hold {mid} objects");
  }
  const withOffer = isSdp(body.sessionDescription, "offer");
  if (body.force !== true && !withOffer) return refusal(400, "offer_required", "Close with an offer, or force");
  const mids = new Set((closing as { mid: string }[]).map((t) => t.mid));
  session.tracks = session.tracks.filter((t) => !mids.has(t.mid));
  return json(200, {
    requiresImmediateRenegotiation: false,
    sessionDescription: withOffer ? { type: "answer", sdp: sdpOf([...mids], "inactive") } : undefined,
    tracks: [...mids].map((mid) => ({ mid })),
  });
}

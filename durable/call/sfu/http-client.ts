import { refuse } from "../../outcome.ts";
import type { SessionDescription, SfuClient, TrackResult, TracksAnswer } from "./client.ts";
import type { SfuConfig } from "./config.ts";

// Cloudflare Realtime SFU over HTTPS: `{apiBase}/v1/apps/{appId}/…` with the app token as a bearer
// token and JSON bodies. Failures become refusals the caller can act on: the SFU unreachable, or
// answering 5xx or refusing our token, is 503 SFU_UNAVAILABLE (try again); the SFU refusing what
// the device sent (its SDP, a track) is 400 SFU_REFUSED with the SFU's error code.

type Json = Record<string, unknown>;

const unavailable = () =>
  refuse.unavailable("The call's media server (SFU) cannot be reached right now: try again shortly", "SFU_UNAVAILABLE");

const str = (value: unknown): string | null => (typeof value === "string" ? value : null);

function description(value: unknown): SessionDescription | null {
  const v = value as Json | null;
  if (!v || (v.type !== "offer" && v.type !== "answer") || typeof v.sdp !== "string") return null;
  return { type: v.type, sdp: v.sdp };
}

function tracksAnswer(body: Json): TracksAnswer {
  const tracks = Array.isArray(body.tracks) ? (body.tracks as Json[]) : [];
  return {
    sessionDescription: description(body.sessionDescription),
    requiresImmediateRenegotiation: body.requiresImmediateRenegotiation === true,
    tracks: tracks.map(
      (t): TrackResult => ({
        mid: str(t.mid),
        trackName: str(t.trackName),
        sessionId: str(t.sessionId),
        errorCode: str(t.errorCode),
      }),
    ),
  };
}

export function httpSfuClient(config: SfuConfig, fetcher: typeof fetch = fetch): SfuClient {
  const base = `${config.apiBase}/v1/apps/${encodeURIComponent(config.appId)}`;

  async function call(method: "GET" | "POST" | "PUT", path: string, body?: unknown): Promise<Json> {
    const headers: Record<string, string> = { authorization: `Bearer ${config.appToken}` };
    if (body !== undefined) headers["content-type"] = "application/json";
    let response: Response;
    try {
      response = await fetcher(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw unavailable();
    }
    const answer = ((await response.json().catch(() => null)) ?? {}) as Json;
    const errorCode = str(answer.errorCode);
    if (response.status >= 500 || response.status === 401 || response.status === 403) {
      // The status and the SFU's code only: never the request (it carries the token's use).
      console.error(JSON.stringify({ level: "error", message: "SFU refused", status: response.status, errorCode }));
      throw unavailable();
    }
    if (!response.ok || errorCode) {
      throw refuse.badRequest(
        `The call's media server refused the request: ${errorCode ?? `HTTP ${response.status}`}${
          str(answer.errorDescription) ? ` (${str(answer.errorDescription)})` : ""
        }`,
        "SFU_REFUSED",
      );
    }
    return answer;
  }

  const session = (sessionId: string) => `/sessions/${encodeURIComponent(sessionId)}`;

  return {
    async newSession() {
      const answer = await call("POST", "/sessions/new");
      const sessionId = str(answer.sessionId);
      if (!sessionId) throw unavailable();
      return { sessionId };
    },
    async newTracks(sessionId, request) {
      return tracksAnswer(await call("POST", `${session(sessionId)}/tracks/new`, request));
    },
    async renegotiate(sessionId, answer) {
      await call("PUT", `${session(sessionId)}/renegotiate`, { sessionDescription: answer });
    },
    async closeTracks(sessionId, { mids, sessionDescription, force }) {
      const body: Json = { tracks: mids.map((mid) => ({ mid })), force };
      if (sessionDescription) body.sessionDescription = sessionDescription;
      return tracksAnswer(await call("PUT", `${session(sessionId)}/tracks/close`, body));
    },
    async session(sessionId) {
      const answer = await call("GET", session(sessionId));
      const tracks = Array.isArray(answer.tracks) ? (answer.tracks as Json[]) : [];
      return {
        tracks: tracks.map((t) => ({
          location: t.location === "remote" ? ("remote" as const) : ("local" as const),
          mid: str(t.mid),
          trackName: str(t.trackName),
          status: str(t.status) ?? "unknown",
        })),
      };
    },
  };
}

import type { IceServer, IceServers } from "../../openapi/call-types.ts";
import { ApiError } from "../errors.ts";
import type { CallConfig, TurnConfig } from "./config.ts";

// ICE servers for a caller: STUN, plus short-lived TURN credentials from one of two providers
// behind one interface. The long-term secret (coturn's shared secret, Cloudflare's key token)
// never leaves the Worker; only credentials that expire after ttlSeconds do.

export type TurnCredentials = (userId: string, nowMs: number, ttlSeconds: number) => Promise<IceServer[]>;

/**
 * coturn's REST API scheme (`use-auth-secret`, draft-uberti-behave-turn-rest): the username is
 * `<expiry unix seconds>:<user>`, the password base64(HMAC-SHA1(secret, username)). coturn checks
 * both with the same secret, and refuses the username after its expiry.
 */
export function coturnCredentials(turn: { urls: string[]; secret: string }): TurnCredentials {
  return async (userId, nowMs, ttlSeconds) => {
    const username = `${Math.floor(nowMs / 1000) + ttlSeconds}:${userId}`;
    const key = await crypto.subtle.importKey(
      "raw",
      new TextEncoder().encode(turn.secret),
      { name: "HMAC", hash: "SHA-1" },
      false,
      ["sign"],
    );
    const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(username)));
    const credential = btoa(String.fromCharCode(...mac));
    return [{ urls: turn.urls, username, credential }];
  };
}

type CloudflareIceServer = { urls?: unknown; username?: unknown; credential?: unknown };

/**
 * Cloudflare Realtime TURN: `POST /v1/turn/keys/{keyId}/credentials/generate-ice-servers` with the
 * key's API token as a bearer token and `{"ttl": seconds}`; answers 201 `{"iceServers": [...]}`.
 */
export function cloudflareCredentials(
  turn: { apiBase: string; keyId: string; apiToken: string },
  fetcher: typeof fetch = fetch,
): TurnCredentials {
  return async (_userId, _nowMs, ttlSeconds) => {
    let response: Response;
    try {
      response = await fetcher(
        `${turn.apiBase}/v1/turn/keys/${encodeURIComponent(turn.keyId)}/credentials/generate-ice-servers`,
        {
          method: "POST",
          headers: { authorization: `Bearer ${turn.apiToken}`, "content-type": "application/json" },
          body: JSON.stringify({ ttl: ttlSeconds }),
        },
      );
    } catch {
      throw turnUnavailable();
    }
    if (!response.ok) {
      // The status only: Cloudflare's body may echo the request.
      console.error(JSON.stringify({ level: "error", message: "TURN credentials refused", status: response.status }));
      throw turnUnavailable();
    }
    const body = (await response.json().catch(() => null)) as { iceServers?: CloudflareIceServer[] } | null;
    const servers = (body?.iceServers ?? []).flatMap((server): IceServer[] => {
      const urls = Array.isArray(server.urls) ? server.urls : typeof server.urls === "string" ? [server.urls] : [];
      if (!urls.every((url) => typeof url === "string") || urls.length === 0) return [];
      const out: IceServer = { urls: urls as string[] };
      if (typeof server.username === "string") out.username = server.username;
      if (typeof server.credential === "string") out.credential = server.credential;
      return [out];
    });
    if (servers.length === 0) throw turnUnavailable();
    return servers;
  };
}

const turnUnavailable = () =>
  new ApiError(503, "TURN_UNAVAILABLE", "TURN credentials cannot be issued right now: try again shortly");

export function turnCredentials(turn: TurnConfig, fetcher: typeof fetch = fetch): TurnCredentials | null {
  if (turn.provider === "coturn") return coturnCredentials(turn);
  if (turn.provider === "cloudflare") return cloudflareCredentials(turn, fetcher);
  return null;
}

/** What GET /calls/ice-servers answers: STUN first, then the provider's TURN servers. */
export async function iceServersFor(config: CallConfig, userId: string, nowMs: number): Promise<IceServers> {
  const servers: IceServer[] = config.stunUrls.length ? [{ urls: config.stunUrls }] : [];
  const turn = turnCredentials(config.turn);
  if (!turn) return { iceServers: servers, ttlSeconds: 0 };
  servers.push(...(await turn(userId, nowMs, config.ttlSeconds)));
  return { iceServers: servers, ttlSeconds: config.ttlSeconds };
}

import { decodeProtectedHeader, jwtVerify } from "jose";
import { FailurePlan, Inbox, json, peerControls } from "./push-common.ts";
import { APNS_TEST_CREDENTIALS } from "./push-credentials.ts";

/**
 * A local stand-in for APNs (production and sandbox hosts), run as the Worker's outbound service
 * (vitest.config.ts). It checks each `POST /3/device/<token>` the way Apple documents it: the
 * provider token (ES256 JWT, `kid` = key id, `iss` = team id, `iat` under an hour old) verified
 * with the key's public half, `apns-topic`, `apns-push-type`, `apns-priority`, a collapse id of
 * at most 64 bytes, `apns-expiration`, priority 5 for a background push, a `.voip` topic for a
 * VoIP push (and only for one), and a JSON body with `aps`. Errors answer Apple's `{reason}`.
 */

export const APNS_PEER_BASE = "https://apns.test";
export const APNS_SANDBOX_PEER_BASE = "https://apns-sandbox.test";

export type ApnsReceived = {
  host: string;
  jwt: string;
  iat: number;
  topic: string;
  pushType: string;
  priority: string;
  collapseId: string;
  /** apns-expiration: unix seconds (0: deliver now or never). */
  expiration: string;
  payload: { aps: { alert: { title: string; body: string }; badge: number; "thread-id": string } } & Record<
    string,
    unknown
  >;
};

const failures = new FailurePlan();
const inbox = new Inbox<ApnsReceived>();
const reason = (status: number, why: string) => json(status, { reason: why });

async function verifyProviderToken(authorization: string | null): Promise<{ jwt: string; iat: number } | Response> {
  const jwt = /^bearer (.+)$/.exec(authorization ?? "")?.[1];
  if (!jwt) return reason(403, "MissingProviderToken");
  try {
    const header = decodeProtectedHeader(jwt);
    if (header.alg !== "ES256" || header.kid !== APNS_TEST_CREDENTIALS.keyId)
      return reason(403, "InvalidProviderToken");
    const { payload } = await jwtVerify(jwt, APNS_TEST_CREDENTIALS.publicKey, {
      issuer: APNS_TEST_CREDENTIALS.teamId,
      algorithms: ["ES256"],
    });
    const iat = payload.iat ?? 0;
    if (Date.now() / 1000 - iat > 3600) return reason(403, "ExpiredProviderToken");
    return { jwt, iat };
  } catch {
    return reason(403, "InvalidProviderToken");
  }
}

async function push(request: Request, host: string, token: string): Promise<Response> {
  const verified = await verifyProviderToken(request.headers.get("authorization"));
  if (verified instanceof Response) return verified;
  if (!/^[0-9a-f]{64,200}$/.test(token)) return reason(400, "BadDeviceToken");
  const topic = request.headers.get("apns-topic");
  const pushType = request.headers.get("apns-push-type") ?? "";
  const priority = request.headers.get("apns-priority") ?? "10";
  const collapseId = request.headers.get("apns-collapse-id") ?? "";
  if (!topic) return reason(400, "MissingTopic");
  if (!["alert", "voip", "background"].includes(pushType)) return reason(400, "InvalidPushType");
  if (pushType === "voip" && !topic.endsWith(".voip")) return reason(400, "DeviceTokenNotForTopic");
  if (pushType !== "voip" && topic.endsWith(".voip")) return reason(400, "InvalidPushType");
  // Apple: a background notification must be sent with apns-priority 5.
  if (pushType === "background" && priority !== "5") return reason(400, "BadPriority");
  const expiration = request.headers.get("apns-expiration") ?? "";
  if (!/^\d+$/.test(expiration)) return reason(400, "BadExpirationDate");
  if (!["5", "10"].includes(priority)) return reason(400, "BadPriority");
  if (new TextEncoder().encode(collapseId).byteLength > 64) return reason(400, "BadCollapseId");
  const planted = failures.take(token);
  if (planted) return planted;
  let payload: ApnsReceived["payload"];
  try {
    payload = (await request.json()) as ApnsReceived["payload"];
  } catch {
    return reason(400, "PayloadEmpty");
  }
  if (typeof payload?.aps !== "object") return reason(400, "PayloadEmpty");
  inbox.add(token, {
    host,
    jwt: verified.jwt,
    iat: verified.iat,
    topic,
    pushType,
    priority,
    collapseId,
    expiration,
    payload,
  });
  return new Response(null, { status: 200, headers: { "apns-id": crypto.randomUUID() } });
}

/** Handles a request for the peer's hosts; anything else is not ours (null). */
export async function apnsPeer(request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  if (url.origin !== APNS_PEER_BASE && url.origin !== APNS_SANDBOX_PEER_BASE) return null;
  const controls = await peerControls(request, url, failures, inbox);
  if (controls) return controls;
  const device = /^\/3\/device\/([^/]+)$/.exec(url.pathname);
  if (device?.[1] && request.method === "POST") return push(request, url.host, device[1]);
  return reason(404, "BadPath");
}

import { jwtVerify } from "jose";
import { FailurePlan, Inbox, json, peerControls } from "./push-common.ts";
import { FCM_TEST_ACCOUNT, FCM_TEST_PUBLIC_KEY } from "./push-credentials.ts";

/**
 * Local stand-ins for Google's OAuth token endpoint and FCM HTTP v1, run as the Worker's outbound
 * service (vitest.config.ts). The token endpoint takes a JWT-bearer grant (RFC 7523) whose RS256
 * assertion it verifies with the service account's public key (iss, aud = token_uri, the FCM
 * scope, a lifetime of at most an hour) and issues an access token; `messages:send` accepts only
 * a token it issued, for the account's project, and a message with a device token. Errors answer
 * Google's `{error: {code, message, status, details}}`.
 */

export const FCM_PEER_BASE = "https://fcm.test";
const OAUTH_ORIGIN = new URL(FCM_TEST_ACCOUNT.token_uri).origin;
const SCOPE = "https://www.googleapis.com/auth/firebase.messaging";

export type FcmReceived = { message: Record<string, unknown> & { token: string } };

const failures = new FailurePlan();
const inbox = new Inbox<FcmReceived>();
const issued = new Set<string>();
let tokensIssued = 0;

const googleError = (code: number, status: string, message: string, errorCode?: string) =>
  json(code, {
    error: {
      code,
      message,
      status,
      ...(errorCode
        ? { details: [{ "@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", errorCode }] }
        : {}),
    },
  });

async function issueToken(request: Request): Promise<Response> {
  if (!request.headers.get("content-type")?.startsWith("application/x-www-form-urlencoded")) {
    return json(400, { error: "invalid_request", error_description: "form encoding expected" });
  }
  const form = new URLSearchParams(await request.text());
  if (form.get("grant_type") !== "urn:ietf:params:oauth:grant-type:jwt-bearer") {
    return json(400, { error: "unsupported_grant_type" });
  }
  try {
    const { payload } = await jwtVerify(form.get("assertion") ?? "", FCM_TEST_PUBLIC_KEY, {
      issuer: FCM_TEST_ACCOUNT.client_email,
      audience: FCM_TEST_ACCOUNT.token_uri,
      algorithms: ["RS256"],
    });
    if (payload.scope !== SCOPE) return json(400, { error: "invalid_scope" });
    if ((payload.exp ?? 0) - (payload.iat ?? 0) > 3600) return json(400, { error: "invalid_grant" });
  } catch {
    return json(400, { error: "invalid_grant", error_description: "Invalid JWT Signature." });
  }
  tokensIssued += 1;
  const accessToken = `ya29.peer-${tokensIssued}-${crypto.randomUUID()}`;
  issued.add(accessToken);
  return json(200, { access_token: accessToken, expires_in: 3599, token_type: "Bearer" });
}

async function send(request: Request, project: string): Promise<Response> {
  const bearer = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")?.[1];
  if (!bearer || !issued.has(bearer))
    return googleError(401, "UNAUTHENTICATED", "Request had invalid authentication credentials.");
  if (project !== FCM_TEST_ACCOUNT.project_id)
    return googleError(403, "PERMISSION_DENIED", "SenderId mismatch", "SENDER_ID_MISMATCH");
  const body = (await request.json().catch(() => null)) as FcmReceived | null;
  const token = body?.message?.token;
  if (typeof token !== "string" || !token)
    return googleError(400, "INVALID_ARGUMENT", "message.token is required", "INVALID_ARGUMENT");
  const data = body?.message.data as Record<string, unknown> | undefined;
  if (data && Object.values(data).some((v) => typeof v !== "string")) {
    return googleError(400, "INVALID_ARGUMENT", "data values must be strings", "INVALID_ARGUMENT");
  }
  const android = body?.message.android as { ttl?: unknown; priority?: unknown } | undefined;
  // A google.protobuf.Duration in JSON: seconds with an "s" suffix.
  if (android?.ttl !== undefined && !/^\d+(\.\d{1,9})?s$/.test(String(android.ttl))) {
    return googleError(400, "INVALID_ARGUMENT", "android.ttl must be a duration like 45s", "INVALID_ARGUMENT");
  }
  if (android?.priority !== undefined && !["NORMAL", "HIGH"].includes(String(android.priority))) {
    return googleError(400, "INVALID_ARGUMENT", "android.priority must be NORMAL or HIGH", "INVALID_ARGUMENT");
  }
  const planted = failures.take(token);
  if (planted) return planted;
  inbox.add(token, body as FcmReceived);
  return json(200, { name: `projects/${project}/messages/${crypto.randomUUID()}` });
}

/** Handles a request for the peers' hosts; anything else is not ours (null). */
export async function fcmPeer(request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  if (url.origin === OAUTH_ORIGIN) {
    if (url.pathname === "/__peer/tokens-issued") return json(200, { count: tokensIssued });
    if (url.pathname === "/token" && request.method === "POST") return issueToken(request);
    return json(404, { error: "not_found" });
  }
  if (url.origin !== FCM_PEER_BASE) return null;
  const controls = await peerControls(request, url, failures, inbox);
  if (controls) return controls;
  const match = /^\/v1\/projects\/([^/]+)\/messages:send$/.exec(url.pathname);
  if (match?.[1] && request.method === "POST") return send(request, decodeURIComponent(match[1]));
  return googleError(404, "NOT_FOUND", "Not found");
}

/** The planted body of FCM's answer for a token that is no longer registered. */
export const FCM_UNREGISTERED = {
  error: {
    code: 404,
    message: "Requested entity was not found.",
    status: "NOT_FOUND",
    details: [{ "@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", errorCode: "UNREGISTERED" }],
  },
};

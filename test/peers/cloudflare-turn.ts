/**
 * A local stand-in for Cloudflare Realtime TURN's credentials API, run by vitest.config.ts as part
 * of the Worker's outbound service. It checks requests the way the API documents them — the path
 * with the TURN key id, the key's API token as a bearer token, a JSON body with an integer `ttl` —
 * and answers 201 with `{"iceServers": [...]}` whose credentials encode the ttl it was asked for.
 * Tests read the requests it took from `GET /__peer/requests` and make the next one fail with
 * `POST /__peer/fail {status}`.
 */

export const CLOUDFLARE_TURN_PEER_HOST = "rtc.cloudflare.test";
export const CLOUDFLARE_TURN_PEER_BASE = `http://${CLOUDFLARE_TURN_PEER_HOST}`;
export const CLOUDFLARE_TURN_TEST_KEY = {
  keyId: "0123456789abcdef0123456789abcdef",
  apiToken: "turn-peer-api-token-000000000000",
};

const taken: { ttl: number }[] = [];
let nextFailure: number | null = null;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

export async function cloudflareTurnPeer(request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  if (url.host !== CLOUDFLARE_TURN_PEER_HOST) return null;
  if (url.pathname === "/__peer/requests") return json(200, taken);
  if (url.pathname === "/__peer/fail" && request.method === "POST") {
    nextFailure = ((await request.json()) as { status: number }).status;
    return json(200, {});
  }
  const match = /^\/v1\/turn\/keys\/([^/]+)\/credentials\/generate-ice-servers$/.exec(url.pathname);
  if (!match || request.method !== "POST") return json(404, { errors: [{ message: "Not found" }] });
  if (match[1] !== CLOUDFLARE_TURN_TEST_KEY.keyId) return json(404, { errors: [{ message: "TURN key not found" }] });
  if (request.headers.get("authorization") !== `Bearer ${CLOUDFLARE_TURN_TEST_KEY.apiToken}`) {
    return json(401, { errors: [{ message: "Unauthorized" }] });
  }
  if (!request.headers.get("content-type")?.startsWith("application/json")) {
    return json(400, { errors: [{ message: "Content-Type must be application/json" }] });
  }
  const body = (await request.json().catch(() => null)) as { ttl?: unknown } | null;
  if (!body || !Number.isInteger(body.ttl) || (body.ttl as number) <= 0) {
    return json(400, { errors: [{ message: "ttl must be a positive integer" }] });
  }
  if (nextFailure !== null) {
    const status = nextFailure;
    nextFailure = null;
    return json(status, { errors: [{ message: "peer told to fail" }] });
  }
  const ttl = body.ttl as number;
  taken.push({ ttl });
  return json(201, {
    iceServers: [
      { urls: ["stun:stun.cloudflare.com:3478", "stun:stun.cloudflare.com:53"] },
      {
        urls: [
          "turn:turn.cloudflare.com:3478?transport=udp",
          "turn:turn.cloudflare.com:3478?transport=tcp",
          "turns:turn.cloudflare.com:5349?transport=tcp",
        ],
        username: `peer-user-${taken.length}`,
        credential: `peer-credential-ttl-${ttl}`,
      },
    ],
  });
}

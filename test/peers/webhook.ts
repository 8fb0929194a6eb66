/**
 * A local webhook receiver for the Telegram proxy's live updates, run by vitest.config.ts in the
 * Worker's outbound chain (it answers `http://webhook.test/hooks/<name>`). It checks what a real
 * receiver would rely on — POST, JSON content type, a JSON body naming the session and seq, an
 * `X-Signature: sha256=<64 hex>`, an `X-Delivery-Id` and an `X-Update-Id` equal to the body's
 * `id` (the stable id receivers deduplicate by) — and refuses anything else with 400.
 * Tests read what arrived from `GET /__peer/hooks/<name>` (raw body and headers, to check the
 * HMAC themselves) and make the next posts fail with `POST /__peer/hooks/<name>/fail {times, status}`.
 */

export const WEBHOOK_PEER_BASE = "http://webhook.test";

type Received = { body: string; signature: string; deliveryId: string; updateId: string };

const received = new Map<string, Received[]>();
const failures = new Map<string, { times: number; status: number }>();

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

async function receive(request: Request, name: string): Promise<Response> {
  if (request.method !== "POST") return json(405, { error: "POST only" });
  const signature = request.headers.get("x-signature") ?? "";
  const deliveryId = request.headers.get("x-delivery-id") ?? "";
  const updateId = request.headers.get("x-update-id") ?? "";
  if (!request.headers.get("content-type")?.startsWith("application/json")) return json(400, { error: "content-type" });
  if (!/^sha256=[0-9a-f]{64}$/.test(signature)) return json(400, { error: "x-signature" });
  const body = await request.text();
  let parsed: { id?: unknown; sessionId?: unknown; seq?: unknown; type?: unknown };
  try {
    parsed = JSON.parse(body);
  } catch {
    return json(400, { error: "body is not JSON" });
  }
  if (typeof parsed.sessionId !== "string" || typeof parsed.seq !== "number" || typeof parsed.type !== "string") {
    return json(400, { error: "body" });
  }
  if (deliveryId !== `${parsed.sessionId}:${parsed.seq}`) return json(400, { error: "x-delivery-id" });
  if (typeof parsed.id !== "string" || !parsed.id || updateId !== parsed.id) return json(400, { error: "x-update-id" });
  const failure = failures.get(name);
  if (failure && failure.times > 0) {
    failure.times -= 1;
    return json(failure.status, { error: "simulated failure" });
  }
  received.set(name, [...(received.get(name) ?? []), { body, signature, deliveryId, updateId }]);
  return json(200, { ok: true });
}

/** Answers requests for webhook.test; undefined for every other host. */
export async function webhookPeer(request: Request): Promise<Response | undefined> {
  const url = new URL(request.url);
  if (url.host !== "webhook.test") return undefined;
  const hook = /^\/hooks\/([\w-]+)$/.exec(url.pathname);
  if (hook?.[1]) return receive(request, hook[1]);
  const inbox = /^\/__peer\/hooks\/([\w-]+)$/.exec(url.pathname);
  if (inbox?.[1] && request.method === "GET") return json(200, { received: received.get(inbox[1]) ?? [] });
  const fail = /^\/__peer\/hooks\/([\w-]+)\/fail$/.exec(url.pathname);
  if (fail?.[1] && request.method === "POST") {
    const { times, status } = (await request.json()) as { times: number; status: number };
    failures.set(fail[1], { times, status });
    return json(200, { ok: true });
  }
  return json(404, { error: "no such peer route" });
}

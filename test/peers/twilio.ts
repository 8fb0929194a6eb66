/**
 * A local stand-in for Twilio's Programmable Messaging API, run by vitest.config.ts as the
 * Worker's outbound service (so it answers `fetch("http://twilio.test/...")` from the Worker and
 * from tests). It checks requests the way Twilio does — path, HTTP Basic credentials, form
 * encoding, required fields — and answers with Twilio's response and error formats. Tests read
 * what was "sent" from `GET /__peer/messages?to=…`, and can make the next send to a number fail
 * with `POST /__peer/fail {to, status, code}`.
 */

export const TWILIO_PEER_HOST = "twilio.test";
export const TWILIO_PEER_BASE = `http://${TWILIO_PEER_HOST}`;
export const TWILIO_TEST_ACCOUNT = {
  accountSid: "AC00000000000000000000000000000001",
  authToken: "twilio-peer-auth-token-0000000000",
  from: "+12015550100",
};

type SentMessage = { sid: string; to: string; from: string | null; messagingServiceSid: string | null; body: string };

const inbox = new Map<string, SentMessage[]>();
const failures = new Map<string, { status: number; code: number }>();
let sequence = 0;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

/** Twilio's error body: `{code, message, more_info, status}`. */
const twilioError = (status: number, code: number, message: string) =>
  json(status, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });

// Twilio's documented magic "To" numbers for test credentials.
const MAGIC_RECIPIENTS: Record<string, [number, string]> = {
  "+15005550001": [21211, "The 'To' number +15005550001 is not a valid phone number."],
  "+15005550002": [21612, "The 'To' phone number is not currently reachable via SMS."],
  "+15005550003": [
    21408,
    "Permission to send an SMS has not been enabled for the region indicated by the 'To' number.",
  ],
  "+15005550004": [21610, "Attempt to send to unsubscribed recipient"],
  "+15005550009": [21614, "'To' number is not a valid mobile number"],
};

async function createMessage(request: Request, accountSid: string): Promise<Response> {
  const expected = `Basic ${btoa(`${TWILIO_TEST_ACCOUNT.accountSid}:${TWILIO_TEST_ACCOUNT.authToken}`)}`;
  if (request.headers.get("authorization") !== expected || accountSid !== TWILIO_TEST_ACCOUNT.accountSid) {
    return twilioError(401, 20003, "Authenticate");
  }
  if (!request.headers.get("content-type")?.startsWith("application/x-www-form-urlencoded")) {
    return twilioError(400, 20001, "Content-Type must be application/x-www-form-urlencoded");
  }
  const form = new URLSearchParams(await request.text());
  const to = form.get("To");
  const from = form.get("From");
  const messagingServiceSid = form.get("MessagingServiceSid");
  const body = form.get("Body");
  if (!to) return twilioError(400, 21604, "A 'To' phone number is required.");
  if (!from && !messagingServiceSid) return twilioError(400, 21603, "A 'From' phone number is required.");
  if (!body) return twilioError(400, 21602, "Message body is required.");
  if (!/^\+[1-9]\d{6,14}$/.test(to))
    return twilioError(400, 21211, `The 'To' number ${to} is not a valid phone number.`);
  const magic = MAGIC_RECIPIENTS[to];
  if (magic) return twilioError(400, magic[0], magic[1]);
  const failure = failures.get(to);
  if (failure) {
    failures.delete(to);
    return twilioError(failure.status, failure.code, "Simulated failure");
  }
  sequence += 1;
  const sid = `SM${sequence.toString(16).padStart(32, "0")}`;
  const message = { sid, to, from, messagingServiceSid, body };
  inbox.set(to, [...(inbox.get(to) ?? []), message]);
  return json(201, {
    sid,
    account_sid: accountSid,
    to,
    from,
    messaging_service_sid: messagingServiceSid,
    body,
    status: "queued",
    num_segments: "1",
    direction: "outbound-api",
    api_version: "2010-04-01",
    date_created: new Date().toUTCString(),
    uri: `/2010-04-01/Accounts/${accountSid}/Messages/${sid}.json`,
  });
}

/** Handles a request for the peer's host; anything else is not ours (null). */
export async function twilioPeer(request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  if (url.hostname !== TWILIO_PEER_HOST) return null;
  const send = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/.exec(url.pathname);
  if (send?.[1] && request.method === "POST") return createMessage(request, decodeURIComponent(send[1]));
  if (url.pathname === "/__peer/messages" && request.method === "GET") {
    return json(200, { messages: inbox.get(url.searchParams.get("to") ?? "") ?? [] });
  }
  if (url.pathname === "/__peer/fail" && request.method === "POST") {
    const { to, status, code } = (await request.json()) as { to: string; status: number; code: number };
    failures.set(to, { status, code });
    return json(200, { ok: true });
  }
  return twilioError(404, 20404, "The requested resource was not found");
}

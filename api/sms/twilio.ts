import { ApiError } from "../errors.ts";
import type { SmsMessage, SmsProvider } from "./provider.ts";

export type TwilioConfig = {
  accountSid: string;
  authToken: string;
  /** A sender number (E.164) or a Messaging Service SID (MG…). */
  from: string;
  /** https://api.twilio.com, or a local peer in tests. */
  apiBase: string;
};

/** Twilio error codes that mean "this recipient cannot get an SMS", not "Twilio is down". */
const RECIPIENT_ERRORS = new Set([
  21211, // invalid 'To' number
  21408, // region not enabled
  21610, // recipient replied STOP
  21612, // cannot route to this number
  21614, // not a mobile number
]);

type TwilioError = { code?: number; message?: string; status?: number };

/**
 * Twilio Programmable Messaging: `POST /2010-04-01/Accounts/{AccountSid}/Messages.json`, HTTP
 * Basic auth (SID:token), form-encoded `To`, `From` (or `MessagingServiceSid`) and `Body`;
 * 201 with the message resource on success, a JSON `{code, message, status}` otherwise.
 */
export function twilioSmsProvider(config: TwilioConfig, fetcher: typeof fetch = fetch): SmsProvider {
  return {
    name: "twilio",
    async send(message: SmsMessage) {
      const form = new URLSearchParams({ To: message.to, Body: message.body });
      form.set(config.from.startsWith("MG") ? "MessagingServiceSid" : "From", config.from);
      const url = `${config.apiBase}/2010-04-01/Accounts/${encodeURIComponent(config.accountSid)}/Messages.json`;
      let response: Response;
      try {
        response = await fetcher(url, {
          method: "POST",
          headers: {
            authorization: `Basic ${btoa(`${config.accountSid}:${config.authToken}`)}`,
            "content-type": "application/x-www-form-urlencoded",
            accept: "application/json",
          },
          body: form.toString(),
          signal: AbortSignal.timeout(10_000),
        });
      } catch {
        throw new ApiError(503, "SMS_UNAVAILABLE", "The SMS provider could not be reached; try again shortly", {
          retryAfter: 30,
        });
      }
      if (response.status === 200 || response.status === 201) {
        await response.body?.cancel();
        return;
      }
      const error = (await response.json().catch(() => ({}))) as TwilioError;
      if (response.status === 400 && error.code !== undefined && RECIPIENT_ERRORS.has(error.code)) {
        throw new ApiError(400, "SMS_RECIPIENT_REJECTED", "This number cannot receive SMS messages", {
          details: { providerCode: error.code },
        });
      }
      // 401 (bad credentials), 429 (Twilio's own rate limit), 5xx: our side or theirs, not the caller's.
      console.error(
        JSON.stringify({
          level: "error",
          message: "twilio send failed",
          status: response.status,
          providerCode: error.code ?? null,
        }),
      );
      throw new ApiError(503, "SMS_UNAVAILABLE", "The SMS provider refused the message; try again shortly", {
        retryAfter: 30,
        details: { providerCode: error.code ?? null },
      });
    },
  };
}

import type { SmsMessage, SmsProvider } from "./provider.ts";

/**
 * Local development: the message is written to the Worker's log (the terminal of `npm start`)
 * instead of being sent. Production refuses this provider (see api/env.ts): the log would hold
 * working sign-in codes.
 */
export const consoleSmsProvider: SmsProvider = {
  name: "console",
  async send(message: SmsMessage) {
    console.log(
      JSON.stringify({ level: "info", message: "sms (console provider)", to: message.to, body: message.body }),
    );
  },
};

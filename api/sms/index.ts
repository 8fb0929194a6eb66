import type { Config } from "../env.ts";
import { consoleSmsProvider } from "./console.ts";
import type { SmsProvider } from "./provider.ts";
import { twilioSmsProvider } from "./twilio.ts";

export type { SmsMessage, SmsProvider } from "./provider.ts";

/** The provider named by SMS_PROVIDER (its settings were checked by api/env.ts). */
export function smsProviderFor(config: Config): SmsProvider {
  return config.sms.provider === "twilio" ? twilioSmsProvider(config.sms.twilio) : consoleSmsProvider;
}

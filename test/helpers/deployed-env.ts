import { env } from "cloudflare:test";

// The tests' env points every external service at a plain-http local peer, which a deployed
// environment refuses. A test that runs the Worker as production or staging points them back at
// the real services (nothing is sent: these tests stop at configuration).
export const HTTPS_BASES = {
  TWILIO_API_BASE: "https://api.twilio.com",
  SFU_API_BASE: "https://rtc.live.cloudflare.com",
} as const;

/** The tests' bindings as a deployed environment would have them: real secrets, https services. */
export function deployedEnv(environment: "production" | "staging" = "production", overrides: object = {}) {
  return {
    ...env,
    ENVIRONMENT: environment,
    JWT_SECRET: "j".repeat(40),
    SESSION_SECRET: "s".repeat(40),
    ...HTTPS_BASES,
    ...overrides,
  };
}

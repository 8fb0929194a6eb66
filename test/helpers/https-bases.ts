// The tests' env points every external service at a plain-http local peer, which a deployed
// environment refuses. A test that runs the Worker as production or staging points them back at
// the real services (nothing is sent: these tests stop at configuration).
export const HTTPS_BASES = {
  TWILIO_API_BASE: "https://api.twilio.com",
  SFU_API_BASE: "https://rtc.live.cloudflare.com",
} as const;

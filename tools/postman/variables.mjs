// The collection's variables: what you set before a run (inputs) and what the requests store for
// the ones after them (captured). Documented in docs-site/guides/15-postman.md; the defaults
// match the test numbers of `.dev.vars.example` and the loopback Telegram DC of `npm start`.

/** @type {{ key: string, value: string, description: string }[]} */
export const INPUT_VARIABLES = [
  { key: "baseUrl", value: "http://localhost:8787", description: "Where the API runs" },
  { key: "phone", value: "+12015550101", description: "Your test number (AUTH_TEST_NUMBERS)" },
  { key: "friendPhone", value: "+12015550102", description: "A second test number: the user you talk to" },
  { key: "code", value: "424242", description: "The fixed code of both test numbers" },
  { key: "apiKey", value: "", description: "A Telegram-proxy API key: npm run apikey -- create postman" },
  { key: "adminToken", value: "", description: "The operator token of the admin API (ADMIN_TOKEN in .dev.vars)" },
  {
    key: "telegramPhone",
    value: "+9996631001",
    description: "A loopback-DC account (code = the digit after 99966, five times)",
  },
  { key: "telegramCode", value: "33333", description: "Its code" },
  { key: "telegram2faPhone", value: "+9996639001", description: "A loopback-DC account with two-step verification" },
  { key: "telegram2faCode", value: "33333", description: "Its code" },
  { key: "telegram2faPassword", value: "loopback-2fa", description: "Its password" },
];

/** Set by the requests (tests scripts) for later ones; empty before a run. */
export const CAPTURED_VARIABLES = {
  accessToken: "your access token (sign-in, then refresh)",
  refreshToken: "your refresh token",
  userId: "your user id",
  username: "the username the profile request chose",
  friendAccessToken: "the friend's access token",
  friendUserId: "the friend's user id",
  friendSessionId: "the friend's sign-in session",
  dialogId: "the dialog between you and the friend",
  seq: "the seq of the message you sent",
  pts: "the friend's latest update pts",
  groupId: "the group you created",
  tgSessionId: "the Telegram session",
  tgPhoneCodeHash: "its phoneCodeHash",
  tg2faSessionId: "the Telegram session with two-step verification",
  tg2faPhoneCodeHash: "its phoneCodeHash",
};

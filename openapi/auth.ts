import { createRoute, z } from "@hono/zod-openapi";
import { BEARER_JWT } from "./document.ts";
import { errors, jsonBody, jsonSuccess } from "./envelope.ts";
import { MeSchema } from "./users.ts";

const PhoneSchema = z.string().min(1).max(64).openapi({
  example: "+12015550123",
  description: "International format (starting with +); spaces, dashes and brackets are fine.",
});

export const SendCodeSchema = z.object({ phone: PhoneSchema }).openapi("SendCodeRequest");

export const SendCodeResultSchema = z
  .object({
    phone: z.string().openapi({ example: "+12015550123", description: "The number, normalised to E.164" }),
    expiresIn: z.number().int().openapi({ example: 300, description: "Seconds the code stays valid" }),
    resendAfter: z.number().int().openapi({ example: 60, description: "Seconds before another code can be sent" }),
  })
  .openapi("SendCodeResult");

export const DeviceSchema = z
  .object({
    name: z.string().trim().min(1).max(64).openapi({ example: "Ada's iPhone" }),
    platform: z.enum(["ios", "android", "web", "macos", "windows", "linux", "other"]).openapi({ example: "ios" }),
  })
  .openapi("Device");

export const VerifyCodeSchema = z
  .object({
    phone: PhoneSchema,
    code: z
      .string()
      .regex(/^\d{6}$/, "six digits")
      .openapi({ example: "123456" }),
    device: DeviceSchema,
  })
  .openapi("VerifyCodeRequest");

const TokensShape = {
  accessToken: z.string().openapi({
    example: "eyJhbGciOiJIUzI1NiIsImtpZCI6IjNmMmMxYWIiLCJ0eXAiOiJKV1QifQ.e30.sig",
    description: "A JWT for `Authorization: Bearer …` on every other `/api/v1` call",
  }),
  accessTokenExpiresIn: z.number().int().openapi({ example: 900, description: "Seconds" }),
  refreshToken: z.string().openapi({
    example: "rt_Qm9vbGVhbnMgYXJlIG5vdCB0b2tlbnMgYnV0IHRoaXMgaXM",
    description: "Opaque; works once with `POST /auth/refresh`. Keep it secret.",
  }),
  sessionId: z.string().openapi({ example: "ses_5b2c9e0a1f3d4c6b7a80" }),
};

export const SignInResultSchema = z
  .object({ ...TokensShape, user: MeSchema, isNewUser: z.boolean() })
  .openapi("SignInResult");

export const TokenPairSchema = z.object(TokensShape).openapi("TokenPair");

export const RefreshSchema = z
  .object({
    refreshToken: z
      .string()
      .min(1)
      .max(1024)
      .openapi({ example: "rt_Qm9vbGVhbnMgYXJlIG5vdCB0b2tlbnMgYnV0IHRoaXMgaXM" }),
  })
  .openapi("RefreshRequest");

export const sendCodeRoute = createRoute({
  method: "post",
  path: "/api/v1/auth/code",
  operationId: "sendCode",
  summary: "Text a sign-in code",
  description:
    "Sends a six-digit code to the phone by SMS. It is valid for 5 minutes and replaces any earlier code for that phone. The answer is the same whether or not the number has an account. Only mobile numbers are texted: premium-rate, toll-free, personal, landline, satellite and other non-mobile numbers answer 400 `PHONE_NOT_MOBILE`, and a country outside `AUTH_ALLOWED_COUNTRIES` 400 `PHONE_COUNTRY_NOT_ALLOWED`. Limits: one code per phone every 60 s, a daily cap per phone of which one client address (an IPv4 address or an IPv6 /64) may use only a share, an hourly cap per client address and a global hourly cap; beyond them 429 with `Retry-After`. An invalid number answers 400 `INVALID_PHONE`.",
  tags: ["Sign-in"],
  security: [],
  request: { body: jsonBody(SendCodeSchema, "The phone to text") },
  responses: {
    200: jsonSuccess("The code was sent", SendCodeResultSchema),
    ...errors(400, 413, 415, 429, 503),
  },
});

export const verifyCodeRoute = createRoute({
  method: "post",
  path: "/api/v1/auth/verify",
  operationId: "verifyCode",
  summary: "Sign in with the code",
  description:
    "Exchanges the code for an access token and a refresh token, creating the account on the first sign-in (`isNewUser`). Each sign-in is a session named after `device`. A code allows 5 attempts per client address (an IPv4 address or an IPv6 /64), so a stranger's guesses do not use up yours, and 25 in total: a wrong code answers 400 `CODE_INVALID` with the attempts left; an expired, used or exhausted code answers 400 `CODE_EXPIRED` (request a new one). A client address with too many wrong codes in the hour, or too many wrong codes everywhere in the last minute, gets 429 with `Retry-After` before its code is looked at.",
  tags: ["Sign-in"],
  security: [],
  request: { body: jsonBody(VerifyCodeSchema, "The phone, its code and the device signing in") },
  responses: { 200: jsonSuccess("Signed in", SignInResultSchema), ...errors(400, 413, 415, 429) },
});

export const refreshRoute = createRoute({
  method: "post",
  path: "/api/v1/auth/refresh",
  operationId: "refreshTokens",
  summary: "Swap a refresh token for new tokens",
  description:
    "Rotation: answers a new access token and a new refresh token; the one sent stops working. Sending a refresh token that was already used revokes the whole session (every token of that sign-in) and answers 401 `REFRESH_TOKEN_REUSED`: it means the token was copied.",
  tags: ["Sign-in"],
  security: [],
  request: { body: jsonBody(RefreshSchema, "The current refresh token") },
  responses: { 200: jsonSuccess("New tokens", TokenPairSchema), ...errors(400, 401, 413, 415) },
});

export const logoutRoute = createRoute({
  method: "post",
  path: "/api/v1/auth/logout",
  operationId: "logout",
  summary: "Sign out",
  description: "Revokes the session of the calling access token: its refresh token and access tokens stop working.",
  tags: ["Sign-in"],
  security: [{ [BEARER_JWT]: [] }],
  responses: {
    200: jsonSuccess("Signed out", z.object({ sessionId: z.string(), revoked: z.literal(true) })),
    ...errors(401),
  },
});

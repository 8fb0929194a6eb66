// The operator API for Telegram-proxy API keys, as data. Declared for chanfana (its route classes
// live in api/admin/), which registers them on the same Hono app; api/admin/routes.ts copies
// chanfana's definitions into the app's registry, so they are part of the one openapi.json and the
// security guard enforces `adminToken` on them like on every other route.
import { z } from "@hono/zod-openapi";
import { ADMIN_TOKEN } from "./document.ts";
import { errors, jsonBody, jsonSuccess } from "./envelope.ts";

const TAGS = ["Admin"];
const security = [{ [ADMIN_TOKEN]: [] }];
export const ADMIN_API_KEYS_PATH = "/api/admin/api-keys";

export const ApiKeyIdSchema = z
  .string()
  .regex(/^key_[A-Za-z0-9_-]{12}$/, "must be an API key id (key_…)")
  .openapi({ example: "key_4fQm2Zs8LkPa" });

/** The same names the CLI accepts (`npm run apikey -- create <name>`). */
export const ApiKeyNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  // ASCII here (the CLI also takes other scripts' letters): JSON Schema tools disagree on \p{…}.
  .regex(/^[A-Za-z0-9 ._-]+$/, "letters, digits, spaces, dots, dashes or underscores")
  .openapi({ example: "my-app" });

export const ApiKeyUsageSchema = z
  .object({
    sessions: z.number().int().min(0).openapi({ description: "Telegram sessions the key holds now", example: 3 }),
    callsToday: z
      .number()
      .int()
      .min(0)
      .openapi({ description: "Authenticated calls made with the key since 00:00 UTC", example: 120 }),
  })
  .openapi("ApiKeyUsage");

export const ApiKeySchema = z
  .object({
    id: ApiKeyIdSchema,
    name: z.string().openapi({ example: "my-app" }),
    createdAt: z.iso.datetime().openapi({ example: "2026-12-01T10:00:00.000Z" }),
    revokedAt: z.iso.datetime().nullable().openapi({ example: null }),
    usage: ApiKeyUsageSchema,
  })
  .openapi("ApiKey");

export const CreatedApiKeySchema = z
  .object({
    id: ApiKeyIdSchema,
    name: z.string().openapi({ example: "my-app" }),
    key: z.string().openapi({
      description: "The key itself: shown this once, only its SHA-256 is stored",
      example: "bgk_3q2-7wEXAMPLEONLYdo-not-use-this-key-0000000",
    }),
    createdAt: z.iso.datetime().openapi({ example: "2026-12-01T10:00:00.000Z" }),
  })
  .openapi("CreatedApiKey");

export const RevokedApiKeySchema = z
  .object({ id: ApiKeyIdSchema, revokedAt: z.iso.datetime().openapi({ example: "2026-12-01T11:00:00.000Z" }) })
  .openapi("RevokedApiKey");

export const CreateApiKeyBodySchema = z
  .object({ name: ApiKeyNameSchema })
  .openapi("CreateApiKeyBody", { example: { name: "my-app" } });

const KeyParams = z.object({ id: ApiKeyIdSchema.openapi({ param: { name: "id", in: "path" } }) });

export const createApiKeyRoute = {
  operationId: "adminCreateApiKey",
  summary: "Create an API key",
  description:
    "Makes a Telegram-proxy API key and answers it once (`key`); only its hash is stored. Needs the operator token (`ADMIN_TOKEN`).",
  tags: TAGS,
  security,
  request: { body: jsonBody(CreateApiKeyBodySchema) },
  responses: {
    201: jsonSuccess("The new key, shown once", CreatedApiKeySchema),
    ...errors(400, 401, 403, 413, 415),
  },
};

export const listApiKeysRoute = {
  operationId: "adminListApiKeys",
  summary: "List API keys with their usage",
  description:
    "Every key (revoked ones too), oldest first, with its usage: sessions held and calls made today (UTC). Keys themselves are never shown again.",
  tags: TAGS,
  security,
  responses: {
    200: jsonSuccess("The keys", z.object({ apiKeys: z.array(ApiKeySchema) }).openapi("ApiKeyList")),
    ...errors(401, 403),
  },
};

export const getApiKeyRoute = {
  operationId: "adminGetApiKey",
  summary: "One API key with its usage",
  tags: TAGS,
  security,
  request: { params: KeyParams },
  responses: {
    200: jsonSuccess("The key", ApiKeySchema),
    ...errors(400, 401, 403, 404),
  },
};

export const revokeApiKeyRoute = {
  operationId: "adminRevokeApiKey",
  summary: "Revoke an API key",
  description:
    "The key stops working at once (its calls answer 401 `INVALID_API_KEY`). Revoking a revoked key answers the first revocation's time.",
  tags: TAGS,
  security,
  request: { params: KeyParams },
  responses: {
    200: jsonSuccess("The key is revoked", RevokedApiKeySchema),
    ...errors(400, 401, 403, 404),
  },
};

export type ApiKeyView = z.infer<typeof ApiKeySchema>;

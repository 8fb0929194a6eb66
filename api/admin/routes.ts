// The operator API for API keys, declared with chanfana and mounted on the one Hono app. Its
// route definitions are copied into the app's OpenAPI registry, so /openapi.json (and the
// committed openapi/openapi.json, the SDK, redocly, /docs) see one contract, and the security
// guard, which reads that registry, enforces `adminToken` on these routes like on any other.
import type { OpenAPIHono } from "@hono/zod-openapi";
import { fromHono } from "chanfana";
import type { Context } from "hono";
import {
  ADMIN_API_KEYS_PATH,
  createApiKeyRoute,
  getApiKeyRoute,
  listApiKeysRoute,
  revokeApiKeyRoute,
} from "../../openapi/admin-api-keys.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { AdminRoute } from "./admin-route.ts";
import { createApiKey, findApiKey, listApiKeys, revokeApiKey } from "./store.ts";

type Ctx = Context<AppEnv>;
const noSuchKey = () => ApiError.notFound("No such API key");

class CreateApiKey extends AdminRoute {
  override schema = createApiKeyRoute;
  override async handle(c: Ctx) {
    const { body } = await this.input<typeof createApiKeyRoute>(c);
    const created = await createApiKey(c.env.DB, body.name, Date.now());
    return c.json({ success: true as const, data: created }, 201);
  }
}

class ListApiKeys extends AdminRoute {
  override schema = listApiKeysRoute;
  override async handle(c: Ctx) {
    await this.input<typeof listApiKeysRoute>(c);
    return c.json({ success: true as const, data: { apiKeys: await listApiKeys(c.env.DB, Date.now()) } }, 200);
  }
}

class GetApiKey extends AdminRoute {
  override schema = getApiKeyRoute;
  override async handle(c: Ctx) {
    const { params } = await this.input<typeof getApiKeyRoute>(c);
    const key = await findApiKey(c.env.DB, params.id, Date.now());
    if (!key) throw noSuchKey();
    return c.json({ success: true as const, data: key }, 200);
  }
}

class RevokeApiKey extends AdminRoute {
  override schema = revokeApiKeyRoute;
  override async handle(c: Ctx) {
    const { params } = await this.input<typeof revokeApiKeyRoute>(c);
    const revoked = await revokeApiKey(c.env.DB, params.id, Date.now());
    if (!revoked) throw noSuchKey();
    return c.json({ success: true as const, data: revoked }, 200);
  }
}

export function registerAdminRoutes(app: OpenAPIHono<AppEnv>) {
  const admin = fromHono(app, {
    // One document and one docs page for the whole API: chanfana serves neither (its UI would
    // load from a CDN).
    docs_url: null,
    redoc_url: null,
    openapi_url: null,
    openapiVersion: "3.1",
    // Errors go to the app's one error handler (api/middleware/error-handler.ts).
    passthroughErrors: true,
  });
  admin.post(ADMIN_API_KEYS_PATH, CreateApiKey);
  admin.get(ADMIN_API_KEYS_PATH, ListApiKeys);
  admin.get(`${ADMIN_API_KEYS_PATH}/:id`, GetApiKey);
  admin.delete(`${ADMIN_API_KEYS_PATH}/:id`, RevokeApiKey);
  // chanfana's registry holds zod-to-openapi route definitions ({method, path: "/…/{id}", …});
  // the app's registry takes the same shape (pinned chanfana: this relies on it).
  for (const definition of admin.registry.definitions) {
    if (definition.type === "route") app.openAPIRegistry.registerPath(definition.route as never);
  }
}

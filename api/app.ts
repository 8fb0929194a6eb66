import { OpenAPIHono } from "@hono/zod-openapi";
import { requestId } from "hono/request-id";
import { documentConfig, registerSecuritySchemes } from "../openapi/document.ts";
import { authenticators } from "./auth/authenticators.ts";
import { securityGuard } from "./auth/guard.ts";
import { docsAsset, docsPage, favicon } from "./docs/page.ts";
import type { AppEnv } from "./env.ts";
import { MemoRouter } from "./memo-router.ts";
import { allowedMethodsOf } from "./middleware/allowed-methods.ts";
import { bodyLimitMiddleware } from "./middleware/body-limit.ts";
import { configMiddleware } from "./middleware/config.ts";
import { notFound, onError } from "./middleware/error-handler.ts";
import { requestLogger } from "./middleware/logger.ts";
import { responseHeaders } from "./middleware/response-headers.ts";
import { serverTiming } from "./middleware/server-timing.ts";
import { wellFormedText } from "./middleware/well-formed-text.ts";
import { registerRoutes } from "./routes.ts";
import { validationHook } from "./validation.ts";

/** Builds the whole Hono app. The Worker entry and the spec generator both use it. */
export function createApp() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook, router: new MemoRouter() });

  // Order matters: the request id and config exist before anything can fail or log.
  app.use(requestId());
  app.use(requestLogger);
  app.use(configMiddleware);
  app.use(responseHeaders);
  app.use(bodyLimitMiddleware);
  app.use(wellFormedText(app));
  app.use(serverTiming);
  // Reads each route's declared `security` (see api/auth/guard.ts).
  app.use(securityGuard(app, authenticators));

  app.onError(onError);
  app.notFound(notFound(allowedMethodsOf(app)));

  registerSecuritySchemes(app);
  registerRoutes(app);

  app.get("/openapi.json", (c) => {
    const document = app.getOpenAPI31Document(documentConfig);
    // "Try it" in the docs should call the server that served them first.
    const origin = new URL(c.req.url).origin;
    const servers = [
      { url: origin, description: "This server" },
      ...documentConfig.servers.filter((s) => s.url !== origin),
    ];
    return c.json({ ...document, servers });
  });
  app.get("/docs", docsPage);
  app.get("/docs/", docsPage);
  app.get("/docs/assets/scalar.js", docsAsset);
  // A browser opening the API's origin lands on its reference.
  app.get("/", (c) => c.redirect("/docs", 302));
  app.get("/favicon.ico", favicon);
  app.get("/favicon.svg", favicon);

  return app;
}

/** The OpenAPI document exactly as committed in openapi/openapi.json. */
export function buildOpenApiDocument() {
  return createApp().getOpenAPI31Document(documentConfig);
}

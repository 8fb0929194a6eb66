import type { MiddlewareHandler } from "hono";
import { NONCE, secureHeaders } from "hono/secure-headers";

const common = {
  crossOriginResourcePolicy: "same-site",
  strictTransportSecurity: "max-age=63072000; includeSubDomains",
  xFrameOptions: "DENY",
  referrerPolicy: "no-referrer",
} as const;

/** API answers are data, never pages: nothing may be framed, sniffed or run from them. */
const apiHeaders = secureHeaders({
  ...common,
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
});

/**
 * The docs page may load scripts, styles and data from this origin only (Scalar is served by the
 * Worker itself), plus its one inline start-up script, by nonce. Scalar injects styles at run
 * time, hence 'unsafe-inline' for styles.
 */
const docsHeaders = secureHeaders({
  ...common,
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", NONCE],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", "data:"],
    fontSrc: ["'self'", "data:"],
    connectSrc: ["'self'"],
    frameAncestors: ["'none'"],
  },
});

export const securityHeaders: MiddlewareHandler = (c, next) =>
  c.req.path === "/docs" || c.req.path.startsWith("/docs/") ? docsHeaders(c, next) : apiHeaders(c, next);

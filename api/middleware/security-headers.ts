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

/**
 * Uploaded files: a browser may show an image, video or audio file, and nothing else: no script,
 * no plugin, no form, and `sandbox` gives even a file opened directly an opaque origin.
 */
const attachmentHeaders = secureHeaders({
  ...common,
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    imgSrc: ["'self'"],
    mediaSrc: ["'self'"],
    frameAncestors: ["'none'"],
    sandbox: [],
  },
});

export const securityHeaders: MiddlewareHandler = (c, next) => {
  const path = c.req.path;
  if (path === "/docs" || path.startsWith("/docs/")) return docsHeaders(c, next);
  if (path.startsWith("/api/v1/attachments/")) return attachmentHeaders(c, next);
  return apiHeaders(c, next);
};

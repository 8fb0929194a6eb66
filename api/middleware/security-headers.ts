import { Hono, type MiddlewareHandler } from "hono";
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

/**
 * The docs page may load scripts, styles and data from this origin only (Scalar is served by the
 * Worker itself), plus its one inline start-up script, by nonce. Scalar injects styles at run
 * time, hence 'unsafe-inline' for styles. A nonce is per request, so this one stays a middleware.
 */
export const docsSecurityHeaders = secureHeaders({
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

export type HeaderKind = "api" | "attachment";

const middlewareOf: Record<HeaderKind, MiddlewareHandler> = { api: apiHeaders, attachment: attachmentHeaders };
const computed = new Map<HeaderKind, Promise<Array<[string, string]>>>();

/**
 * The headers Hono's secureHeaders sets for a kind of answer, taken once per isolate from the
 * middleware itself (run in a throwaway app on an empty answer): they do not vary by request,
 * so api/middleware/response-headers.ts sets them before the handler instead of rewriting every
 * answer after it. test/response-headers.test.ts holds every kind of answer to them.
 */
export function securityHeadersOf(kind: HeaderKind): Promise<Array<[string, string]>> {
  let headers = computed.get(kind);
  if (!headers) {
    const probe = new Hono().use(middlewareOf[kind]).get("/", (c) => c.body(null, 204));
    headers = Promise.resolve(probe.request("/")).then((res) => [...res.headers]);
    computed.set(kind, headers);
  }
  return headers;
}

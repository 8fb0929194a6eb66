import createFetchClient, { type Middleware } from "openapi-fetch";
import type { paths } from "./schema.d.ts";

export type { components, operations, paths } from "./schema.d.ts";

export interface ClientOptions {
  /** Where the API lives, e.g. "http://localhost:8787" or "https://api.iambig.ai". */
  baseUrl: string;
  /**
   * Credentials sent as `Authorization: Bearer …`: an access token for `/api/v1`, an API key for
   * `/api/telegram-proxy`. A function is asked before every request, so a rotated token is picked up.
   */
  token?: string | (() => string | undefined | Promise<string | undefined>);
  /** A fetch of your own (tests, proxies, Service Bindings). Defaults to the global fetch. */
  fetch?: (request: Request) => Promise<Response>;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
}

/**
 * A typed client for the whole API, generated from openapi/openapi.json.
 *
 * ```ts
 * const api = createClient({ baseUrl: "http://localhost:8787" });
 * const { data, error } = await api.GET("/api/v1/health");
 * ```
 */
export function createClient(options: ClientOptions) {
  const client = createFetchClient<paths>({
    baseUrl: options.baseUrl,
    headers: options.headers,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  if (options.token !== undefined) client.use(bearerToken(options.token));
  return client;
}

export type Client = ReturnType<typeof createClient>;

function bearerToken(token: NonNullable<ClientOptions["token"]>): Middleware {
  return {
    async onRequest({ request }) {
      const value = typeof token === "function" ? await token() : token;
      if (value && !request.headers.has("Authorization")) request.headers.set("Authorization", `Bearer ${value}`);
      return request;
    },
  };
}

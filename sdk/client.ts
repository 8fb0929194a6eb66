import createFetchClient, { type Middleware } from "openapi-fetch";
import type { paths } from "./schema.d.ts";

export type { components, operations, paths } from "./schema.d.ts";

/** The two tokens of a sign-in (from `POST /api/v1/auth/verify` or `/auth/refresh`). */
export type Tokens = { accessToken: string; refreshToken: string };

/** Where the client keeps a sign-in's tokens (memory, localStorage, a keychain…). */
export interface TokenStore {
  get(): Tokens | undefined | Promise<Tokens | undefined>;
  /** Called with new tokens after sign-in or refresh, and with undefined once they are dead. */
  set(tokens: Tokens | undefined): void | Promise<void>;
}

/** A TokenStore in memory: tokens last as long as the page or process. */
export function memoryTokenStore(initial?: Tokens): TokenStore {
  let tokens = initial;
  return {
    get: () => tokens,
    set: (next) => {
      tokens = next;
    },
  };
}

export interface ClientOptions {
  /** Where the API lives, e.g. "http://localhost:8787" or "https://api.iambig.ai". */
  baseUrl: string;
  /**
   * Credentials sent as `Authorization: Bearer …`: an access token for `/api/v1`, an API key for
   * `/api/telegram-proxy`. A function is asked before every request, so a rotated token is picked up.
   * Ignored when `session` is given.
   */
  token?: string | (() => string | undefined | Promise<string | undefined>);
  /**
   * Keeps a BIG Messenger sign-in: tokens answered by `/auth/verify` and `/auth/refresh` are saved
   * here, the access token is sent on every request, and a request answered 401 `TOKEN_EXPIRED`
   * is retried once after a refresh (one refresh shared by concurrent requests). `/auth/logout`,
   * or a refused refresh, clears it.
   */
  session?: TokenStore;
  /** A fetch of your own (tests, proxies, Service Bindings). Defaults to the global fetch. */
  fetch?: (request: Request) => Promise<Response>;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
}

/**
 * A typed client for the whole API, generated from openapi/openapi.json.
 *
 * ```ts
 * const session = memoryTokenStore();
 * const api = createClient({ baseUrl: "http://localhost:8787", session });
 * await api.POST("/api/v1/auth/code", { body: { phone: "+12015550123" } });
 * await api.POST("/api/v1/auth/verify", { body: { phone, code, device: { name: "CLI", platform: "other" } } });
 * const { data } = await api.GET("/api/v1/me"); // signed in; refreshed automatically when needed
 * ```
 */
export function createClient(options: ClientOptions) {
  const client = createFetchClient<paths>({
    baseUrl: options.baseUrl,
    headers: options.headers,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  if (options.session) client.use(sessionTokens(options, options.session));
  else if (options.token !== undefined) client.use(bearerToken(options.token));
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

const TOKEN_ANSWERS = new Set(["/api/v1/auth/verify", "/api/v1/auth/refresh"]);

function sessionTokens(options: ClientOptions, store: TokenStore): Middleware {
  const fetchImpl = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const refreshUrl = `${options.baseUrl.replace(/\/+$/, "")}/api/v1/auth/refresh`;
  // Per request: an untouched copy (its body is consumed by the time the answer arrives) and the
  // access token it carried, for one retry after a refresh.
  const sent = new Map<string, { copy: Request; accessToken: string }>();
  let refreshing: Promise<Tokens | undefined> | undefined;

  async function refresh(): Promise<Tokens | undefined> {
    const current = await store.get();
    if (!current) return undefined;
    const response = await fetchImpl(
      new Request(refreshUrl, {
        method: "POST",
        headers: { "content-type": "application/json", ...options.headers },
        body: JSON.stringify({ refreshToken: current.refreshToken }),
      }),
    );
    if (!response.ok) {
      // 401: the refresh token is dead (revoked, reused, expired); sign in again. Anything else
      // (a 5xx) leaves the tokens for a later try.
      if (response.status === 401) await store.set(undefined);
      return undefined;
    }
    const { data } = (await response.json()) as { data: Tokens };
    const tokens = { accessToken: data.accessToken, refreshToken: data.refreshToken };
    await store.set(tokens);
    return tokens;
  }

  /** One refresh at a time: concurrent expired requests all wait for the same one. */
  function refreshOnce(): Promise<Tokens | undefined> {
    refreshing ??= refresh().finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  }

  return {
    async onRequest({ request, id }) {
      const tokens = await store.get();
      if (tokens && !request.headers.has("Authorization")) {
        request.headers.set("Authorization", `Bearer ${tokens.accessToken}`);
        sent.set(id, { copy: request.clone(), accessToken: tokens.accessToken });
      }
      return request;
    },
    async onResponse({ response, id, schemaPath }) {
      const original = sent.get(id);
      sent.delete(id);
      if (response.ok && TOKEN_ANSWERS.has(schemaPath)) {
        const { data } = (await response.clone().json()) as { data: Tokens };
        await store.set({ accessToken: data.accessToken, refreshToken: data.refreshToken });
        return response;
      }
      if (response.ok && schemaPath === "/api/v1/auth/logout") {
        await store.set(undefined);
        return response;
      }
      if (response.status !== 401 || !original) return response;
      const problem = (await response
        .clone()
        .json()
        .catch(() => undefined)) as { error?: { code?: string } } | undefined;
      if (problem?.error?.code !== "TOKEN_EXPIRED") return response;
      // Another request may have refreshed already: then just use its tokens.
      const latest = await store.get();
      const tokens = latest && latest.accessToken !== original.accessToken ? latest : await refreshOnce();
      if (!tokens) return response;
      original.copy.headers.set("Authorization", `Bearer ${tokens.accessToken}`);
      return fetchImpl(original.copy);
    },
    onError({ id }) {
      sent.delete(id);
    },
  };
}

// The admin API under test: the real app with an ADMIN_TOKEN in its env (or none, to see it off).
import { env } from "cloudflare:test";
import { createApp } from "../../api/app.ts";

export const ADMIN_TOKEN = "test-admin-token-0123456789abcdef-0123";

const app = createApp();

export async function admin(
  method: string,
  path: string,
  options: { token?: string | null; body?: unknown; rawBody?: string; contentType?: string; bindings?: object } = {},
) {
  const token = options.token === undefined ? ADMIN_TOKEN : options.token;
  const headers: Record<string, string> = {};
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined) headers["content-type"] = options.contentType ?? "application/json";
  const response = await app.request(
    `http://gateway/api/admin/api-keys${path}`,
    { method, headers, body },
    (options.bindings ?? { ...env, ADMIN_TOKEN }) as typeof env,
  );
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever the envelope holds
  return { status: response.status, json: (await response.json()) as any };
}

// The per-key session cap must hold when creates race: each session is a Durable Object (and
// possibly a socket), and the cap is what bounds what one key can make.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { MAX_SESSIONS_PER_KEY } from "../api/telegram/store.ts";
import { call, createTestApiKey } from "./helpers/telegram.ts";

describe("Telegram session cap under concurrency", () => {
  it("never lets one key hold more than MAX_SESSIONS_PER_KEY sessions", async () => {
    const { id, headers } = await createTestApiKey();
    const attempts = MAX_SESSIONS_PER_KEY + 20;
    const results = await Promise.all(Array.from({ length: attempts }, () => call("POST", "/sessions", headers)));
    const created = results.filter((r) => r.status === 201).length;
    const refused = results.filter((r) => r.status === 409 && r.json.error.code === "SESSION_LIMIT_REACHED").length;
    expect(created).toBe(MAX_SESSIONS_PER_KEY);
    expect(refused).toBe(attempts - MAX_SESSIONS_PER_KEY);
    const rows = await env.DB.prepare("SELECT COUNT(*) AS n FROM telegram_sessions WHERE api_key_id = ?")
      .bind(id)
      .first<{ n: number }>();
    expect(rows?.n).toBe(MAX_SESSIONS_PER_KEY);
    const listed = await call("GET", "/sessions", headers);
    expect(listed.json.data.sessions).toHaveLength(MAX_SESSIONS_PER_KEY);
  });
});

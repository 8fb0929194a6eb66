// HEAD is answered by a route's GET handler (Hono), so it must pass the same security check as
// GET: without one, HEAD skipped authentication and reached handlers with no caller (a 500, and a
// status that told an anonymous caller which users and sessions exist).
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createTestApiKey } from "./helpers/telegram.ts";
import { createTestUser } from "./helpers/users.ts";

const head = (path: string, headers: Record<string, string> = {}) =>
  exports.default.fetch(`http://gateway${path}`, { method: "HEAD", headers });

describe("HEAD requests", () => {
  it("need the same credentials as GET", async () => {
    const alice = await createTestUser();
    const { headers: keyHeaders } = await createTestApiKey();
    const bearerRoutes = ["/api/v1/me", "/api/v1/chats", "/api/v1/updates?since=0", `/api/v1/users/${alice.userId}`];
    for (const path of bearerRoutes) {
      expect((await head(path)).status, path).toBe(401);
      expect((await head(path, keyHeaders)).status, path).toBe(401);
      expect((await head(path, alice.authHeader)).status, path).toBe(200);
    }
    const keyRoutes = [
      "/api/telegram-proxy/sessions",
      "/api/telegram-proxy/sessions/6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
    ];
    for (const path of keyRoutes) {
      expect((await head(path)).status, path).toBe(401);
      expect((await head(path, alice.authHeader)).status, path).toBe(401);
    }
    expect((await head("/api/telegram-proxy/sessions", keyHeaders)).status).toBe(200);
    // Public routes stay public.
    expect((await head("/api/v1/health")).status).toBe(200);
  });
});

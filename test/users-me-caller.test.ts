import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { api, users } from "./helpers/messaging.ts";

// GET /me takes the caller's row from the session check's own D1 read (api/auth/sessions.ts):
// it must be that read's answer, current and complete, and a missing account still says 401.
describe("GET /me reads the caller with the session check", () => {
  it("answers the profile as it is now, right after a change", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const changed = await api(alice, "PATCH", "/me", { firstName: "Alicia", bio: "edge engineer" });
    expect(changed.status).toBe(200);
    const me = await api(alice, "GET", "/me");
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      success: true,
      data: {
        id: alice.userId,
        phone: expect.stringMatching(/^\+\d+$/),
        firstName: "Alicia",
        lastName: expect.any(String),
        username: null,
        bio: "edge engineer",
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
    });
  });

  it("answers 401 once the account is gone, with nothing of it", async () => {
    const [bob] = await users(1);
    if (!bob) throw new Error("users");
    // Its sessions go with it (ON DELETE CASCADE).
    await env.DB.prepare("DELETE FROM users WHERE id = ?").bind(bob.userId).run();
    const me = await api(bob, "GET", "/me");
    expect(me.status).toBe(401);
    expect(me.body).toEqual({ success: false, error: { code: expect.any(String), message: expect.any(String) } });
  });
});

import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { api, users } from "./helpers/messaging.ts";

// GET /me takes the caller's row from the caller's own object, which checks the session in the
// same call and keeps the row in memory (durable/user/profile.ts): it must be current and
// complete after every change, and a missing account still says 401.
describe("GET /me answers the caller's profile from their own object", () => {
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

  it("answers each change once stored, and the stored row after a refused one", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    expect((await api(alice, "GET", "/me")).status).toBe(200);
    const name = `grace_${alice.userId.slice(-8)}`;
    expect((await api(alice, "PATCH", "/me", { username: name, bio: "first" })).status).toBe(200);
    expect((await api(alice, "GET", "/me")).body.data).toMatchObject({ username: name, bio: "first" });

    expect((await api(bob, "GET", "/me")).status).toBe(200);
    const taken = await api(bob, "PATCH", "/me", { username: name.toUpperCase(), bio: "second" });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ success: false, error: { code: "USERNAME_TAKEN" } });
    expect((await api(bob, "GET", "/me")).body.data).toMatchObject({ username: null, bio: "" });
    const row = await env.DB.prepare("SELECT username, bio FROM users WHERE id = ?").bind(bob.userId).first();
    expect(row).toEqual({ username: null, bio: "" });
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

import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { api, signIn } from "./helpers/sign-in.ts";

type Me = { id: string; phone: string; firstName: string; lastName: string; username: string | null; bio: string };
const data = async <T>(res: Response) => ((await res.json()) as { data: T }).data;
const userRow = (id: string) => env.DB.prepare("SELECT * FROM users WHERE id = ?").bind(id).first();

describe("GET and PATCH /me", () => {
  it("change the given fields and keep the others", async () => {
    const me = await signIn("+17185550101");
    const res = await api("PATCH", "/me", {
      token: me.accessToken,
      body: { firstName: " Ada ", lastName: "Lovelace", username: "Ada_L", bio: "Engines" },
    });
    expect(res.status).toBe(200);
    expect(await data<Me>(res)).toMatchObject({
      firstName: "Ada",
      lastName: "Lovelace",
      username: "Ada_L",
      bio: "Engines",
    });
    const partial = await data<Me>(await api("PATCH", "/me", { token: me.accessToken, body: { bio: "Notes" } }));
    expect(partial).toMatchObject({ firstName: "Ada", username: "Ada_L", bio: "Notes", phone: "+17185550101" });
    expect(await data<Me>(await api("GET", "/me", { token: me.accessToken }))).toEqual(partial);
  });

  it("keep usernames unique regardless of case, and free a cleared one", async () => {
    const a = await signIn("+17185550102");
    const b = await signIn("+17185550103");
    expect((await api("PATCH", "/me", { token: a.accessToken, body: { username: "grace_h" } })).status).toBe(200);
    const taken = await api("PATCH", "/me", { token: b.accessToken, body: { username: "GRACE_H", bio: "x" } });
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({ success: false, error: { code: "USERNAME_TAKEN" } });
    expect(await userRow(b.user.id)).toMatchObject({ username: null, bio: "" });
    // Changing the case of your own username is fine.
    expect((await api("PATCH", "/me", { token: a.accessToken, body: { username: "Grace_H" } })).status).toBe(200);
    expect((await api("PATCH", "/me", { token: a.accessToken, body: { username: null } })).status).toBe(200);
    expect((await api("PATCH", "/me", { token: b.accessToken, body: { username: "grace_h" } })).status).toBe(200);
  });

  it("refuse bad input with 400 and change nothing", async () => {
    const me = await signIn("+17185550104");
    const before = await userRow(me.user.id);
    for (const body of [
      {},
      { firstName: "" },
      { firstName: 42 },
      { lastName: "x".repeat(65) },
      { bio: "x".repeat(301) },
      { username: "ab" },
      { username: "1abcde" },
      { username: "has space" },
      { username: "x".repeat(33) },
      { id: "usr_other", firstName: "Mallory" },
      { phone: "+17185550999" },
      { createdAt: "2020-01-01T00:00:00.000Z", bio: "x" },
      [],
      "text",
    ]) {
      const res = await api("PATCH", "/me", { token: me.accessToken, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await res.json()).toMatchObject({ success: false, error: { code: "VALIDATION_FAILED" } });
    }
    const empty = await api("PATCH", "/me", {
      token: me.accessToken,
      headers: { "content-type": "application/json" },
      body: undefined,
    });
    expect(empty.status).toBe(400);
    expect(await userRow(me.user.id)).toEqual(before);
  });
});

describe("GET /users/{userId} and GET /users?username=", () => {
  it("show a public profile; the phone only to whoever has it in their phone book", async () => {
    const viewer = await signIn("+17185550105");
    const target = await signIn("+17185550106");
    await api("PATCH", "/me", { token: target.accessToken, body: { firstName: "Alan", username: "alan_t" } });

    const before = await data<Me>(await api("GET", `/users/${target.user.id}`, { token: viewer.accessToken }));
    expect(before).toEqual({
      id: target.user.id,
      firstName: "Alan",
      lastName: "",
      username: "alan_t",
      bio: "",
      phone: null,
      // Presence (the realtime issue): never connected yet.
      online: false,
      lastSeen: null,
    });

    const imported = await api("POST", "/contacts/import", {
      token: viewer.accessToken,
      body: { contacts: [{ phone: "+1 718 555 0106", firstName: "Alan" }] },
    });
    expect(imported.status).toBe(200);
    const after = await data<Me>(await api("GET", `/users/${target.user.id}`, { token: viewer.accessToken }));
    expect(after.phone).toBe("+17185550106");
    const found = await data<{ users: Me[] }>(
      await api("GET", "/users?username=ALAN_T", { token: viewer.accessToken }),
    );
    // The username search answers the public profile (presence only on GET /users/{userId}).
    const {
      online: _online,
      lastSeen: _lastSeen,
      ...publicProfile
    } = after as Me & { online: boolean; lastSeen: null };
    expect(found.users).toEqual([publicProfile]);
    // The other way round: the target does not have the viewer's number.
    const reverse = await data<Me>(await api("GET", `/users/${viewer.user.id}`, { token: target.accessToken }));
    expect(reverse.phone).toBeNull();
    // Your own profile shows your phone.
    expect((await data<Me>(await api("GET", `/users/${viewer.user.id}`, { token: viewer.accessToken }))).phone).toBe(
      "+17185550105",
    );
  });

  it("answer 404 for an unknown user, an empty list for an unknown username, 400 without one", async () => {
    const me = await signIn("+17185550107");
    const missing = await api("GET", "/users/usr_nobody", { token: me.accessToken });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ success: false, error: { code: "NOT_FOUND" } });
    expect(await data(await api("GET", "/users?username=nobody_here", { token: me.accessToken }))).toEqual({
      users: [],
    });
    for (const query of ["", "?username=", `?username=${"x".repeat(65)}`]) {
      const res = await api("GET", `/users${query}`, { token: me.accessToken });
      expect(res.status, query).toBe(400);
      expect(await res.json()).toMatchObject({ success: false, error: { code: "VALIDATION_FAILED" } });
    }
    expect((await api("GET", `/users/${"x".repeat(65)}`, { token: me.accessToken })).status).toBe(400);
  });
});

import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { appWithProbes } from "./helpers/app-with-probe.ts";
import { api, type TestUser, users } from "./helpers/messaging.ts";

// A spammer with an account puts strangers into groups.
type GroupChange = {
  chat: { id: string; memberCount: number };
  invitedUserIds: string[];
  members: { userId: string }[];
};
type Invitation = { id: string; chatId: string; title: string; inviterId: string };

const setPrivacy = (user: TestUser, patch: Record<string, string>) => api(user, "PATCH", "/me/privacy", patch);
const invitations = async (user: TestUser) =>
  (await api<{ invitations: Invitation[] }>(user, "GET", "/me/group-invitations")).body.data.invitations;
const chatIds = async (user: TestUser) =>
  (await api<{ chats: { chat: { id: string } }[] }>(user, "GET", "/chats")).body.data.chats.map((c) => c.chat.id);

async function fourUsers() {
  const [spammer, victim, friend, other] = await users(4);
  if (!spammer || !victim || !friend || !other) throw new Error("users");
  return { spammer, victim, friend, other };
}

describe("who can add me to groups", () => {
  it("defaults to everyone, and can be read and changed; bad values are a 400", async () => {
    const { victim } = await fourUsers();
    expect((await api(victim, "GET", "/me/privacy")).body.data).toEqual({
      addToGroups: "everyone",
      presence: "everyone",
    });
    const changed = await setPrivacy(victim, { addToGroups: "nobody" });
    expect(changed.status).toBe(200);
    expect(changed.body.data).toEqual({ addToGroups: "nobody", presence: "everyone" });
    for (const bad of [{}, { addToGroups: "friends" }, { presence: 1 }, { addToGroups: "nobody", extra: true }]) {
      const res = await setPrivacy(victim, bad as Record<string, string>);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body.success).toBe(false);
    }
    expect((await api(null, "GET", "/me/privacy")).status).toBe(401);
  });

  it("'nobody': the spammer's group does not reach the victim's chat list; they get an invitation to decline", async () => {
    const { spammer, victim, other } = await fourUsers();
    await setPrivacy(victim, { addToGroups: "nobody" });
    const created = await api<GroupChange>(spammer, "POST", "/groups", {
      title: "Cheap watches",
      memberIds: [victim.userId, other.userId],
    });
    expect(created.status).toBe(201);
    expect(created.body.data.invitedUserIds).toEqual([victim.userId]);
    expect(created.body.data.members.map((m) => m.userId).sort()).toEqual([spammer.userId, other.userId].sort());
    const groupId = created.body.data.chat.id;
    expect(await chatIds(victim)).not.toContain(groupId);
    expect((await api(victim, "GET", `/chats/${groupId}`)).status).toBe(404);

    const [invitation] = await invitations(victim);
    expect(invitation).toMatchObject({ chatId: groupId, title: "Cheap watches", inviterId: spammer.userId });
    // Nobody else can answer it.
    expect((await api(other, "DELETE", `/me/group-invitations/${invitation?.id}`)).status).toBe(404);
    const declined = await api(victim, "DELETE", `/me/group-invitations/${invitation?.id}`);
    expect(declined.status).toBe(200);
    expect(await invitations(victim)).toEqual([]);
    expect((await api(victim, "POST", `/me/group-invitations/${invitation?.id}/accept`)).status).toBe(404);
  });

  it("an accepted invitation is a membership", async () => {
    const { spammer: owner, victim } = await fourUsers();
    await setPrivacy(victim, { addToGroups: "nobody" });
    const created = await api<GroupChange>(owner, "POST", "/groups", { title: "Book club", memberIds: [] });
    const groupId = created.body.data.chat.id;
    const added = await api<GroupChange>(owner, "POST", `/groups/${groupId}/members`, { userIds: [victim.userId] });
    expect(added.status).toBe(200);
    expect(added.body.data.invitedUserIds).toEqual([victim.userId]);
    const [invitation] = await invitations(victim);
    const accepted = await api<{ chat: { id: string; memberCount: number } }>(
      victim,
      "POST",
      `/me/group-invitations/${invitation?.id}/accept`,
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body.data.chat).toMatchObject({ id: groupId, memberCount: 2 });
    expect((await api(victim, "GET", `/chats/${groupId}`)).status).toBe(200);
  });

  it("'contacts': people in the victim's phone book add directly, strangers only invite", async () => {
    const { spammer, victim, friend } = await fourUsers();
    await setPrivacy(victim, { addToGroups: "contacts" });
    await api(victim, "POST", "/contacts/import", { contacts: [{ phone: friend.phone, firstName: "Friend" }] });
    const byFriend = await api<GroupChange>(friend, "POST", "/groups", { title: "Ours", memberIds: [victim.userId] });
    expect(byFriend.body.data.invitedUserIds).toEqual([]);
    expect(byFriend.body.data.chat.memberCount).toBe(2);
    const bySpammer = await api<GroupChange>(spammer, "POST", "/groups", { title: "Spam", memberIds: [victim.userId] });
    expect(bySpammer.body.data.invitedUserIds).toEqual([victim.userId]);
    expect(bySpammer.body.data.chat.memberCount).toBe(1);
  });

  it("a stranger cannot invite people into a group they are not in (404), nor a plain member (403)", async () => {
    const { spammer, victim, friend, other } = await fourUsers();
    await setPrivacy(victim, { addToGroups: "nobody" });
    const created = await api<GroupChange>(friend, "POST", "/groups", { title: "Private", memberIds: [other.userId] });
    const groupId = created.body.data.chat.id;
    expect((await api(spammer, "POST", `/groups/${groupId}/members`, { userIds: [victim.userId] })).status).toBe(404);
    expect((await api(other, "POST", `/groups/${groupId}/members`, { userIds: [victim.userId] })).status).toBe(403);
    expect(await invitations(victim)).toEqual([]);
  });

  it("group creation is rate-limited per user: the 21st group in an hour is a 429 with Retry-After", async () => {
    const { spammer } = await fourUsers();
    for (let i = 0; i < 20; i++) {
      expect((await api(spammer, "POST", "/groups", { title: `Spam ${i}` })).status, `group ${i + 1}`).toBe(201);
    }
    const limited = await api(spammer, "POST", "/groups", { title: "One more" });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.body.error.code).toBe("RATE_LIMITED");
  });
});

describe("member adds", () => {
  it("GROUP_ADD_HOURLY_LIMIT caps the users one person puts in groups per hour (adds and invitations alike)", async () => {
    const { call } = appWithProbes();
    const [owner, a, b, c] = await users(4);
    if (!owner || !a || !b || !c) throw new Error("users");
    const limited = { ...env, GROUP_ADD_HOURLY_LIMIT: "2" };
    const post = (path: string, body: unknown) =>
      call(
        `/api/v1${path}`,
        {
          method: "POST",
          headers: { ...owner.authHeader, "content-type": "application/json" },
          body: JSON.stringify(body),
        },
        limited,
      );
    const created = await post("/groups", { title: "Budget", memberIds: [a.userId, b.userId] });
    expect(created.status).toBe(201);
    const groupId = ((await created.json()) as { data: { chat: { id: string } } }).data.chat.id;
    const over = await post(`/groups/${groupId}/members`, { userIds: [c.userId] });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
    // Nothing happened: c is neither a member nor invited.
    expect((await api(c, "GET", `/chats/${groupId}`)).status).toBe(404);
    expect(await invitations(c)).toEqual([]);
    // Re-adding existing members costs nothing.
    expect((await post(`/groups/${groupId}/members`, { userIds: [a.userId] })).status).toBe(200);
  });

  it("invitation ids are validated, and only the invitee's own invitations exist for them", async () => {
    const { victim } = await fourUsers();
    expect((await api(victim, "POST", `/me/group-invitations/${"x".repeat(65)}/accept`)).status).toBe(400);
    expect((await api(victim, "POST", "/me/group-invitations/inv_nope/accept")).status).toBe(404);
    expect((await api(victim, "DELETE", "/me/group-invitations/inv_nope")).status).toBe(404);
    expect((await api(null, "GET", "/me/group-invitations")).status).toBe(401);
  });
});

import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { api, signIn } from "./helpers/sign-in.ts";

type Contact = { phone: string; firstName: string; lastName: string; registered: boolean; userId: string | null };
type ImportResult = { imported: Contact[]; invalid: { index: number; phone: string; reason: string }[] };
const data = async <T>(res: Response) => ((await res.json()) as { data: T }).data;
const importContacts = (token: string, contacts: unknown) =>
  api("POST", "/contacts/import", { token, body: { contacts } });
const listOf = async (token: string) =>
  (await data<{ contacts: Contact[] }>(await api("GET", "/contacts", { token }))).contacts;

describe("the phone book", () => {
  it("imports contacts, normalising numbers, reporting invalid ones and who is registered", async () => {
    const friend = await signIn("+15125550101");
    const me = await signIn("+15125550102");
    const res = await importContacts(me.accessToken, [
      { phone: "+1 (512) 555-0101", firstName: "Friend" },
      { phone: "12345", firstName: "Broken" },
      { phone: "+44 20 7946 0958", firstName: "Charles", lastName: "Babbage" },
      { phone: "not a phone", firstName: "Garbage" },
    ]);
    expect(res.status).toBe(200);
    expect(await data<ImportResult>(res)).toEqual({
      imported: [
        { phone: "+15125550101", firstName: "Friend", lastName: "", registered: true, userId: friend.user.id },
        { phone: "+442079460958", firstName: "Charles", lastName: "Babbage", registered: false, userId: null },
      ],
      invalid: [
        { index: 1, phone: "12345", reason: "INVALID_PHONE" },
        { index: 3, phone: "not a phone", reason: "INVALID_PHONE" },
      ],
    });
    expect(await listOf(me.accessToken)).toEqual([
      { phone: "+442079460958", firstName: "Charles", lastName: "Babbage", registered: false, userId: null },
      { phone: "+15125550101", firstName: "Friend", lastName: "", registered: true, userId: friend.user.id },
    ]);
  });

  it("updates a contact imported again (the last of duplicates wins)", async () => {
    const me = await signIn("+15125550103");
    await importContacts(me.accessToken, [{ phone: "+15125550199", firstName: "Old" }]);
    await importContacts(me.accessToken, [
      { phone: "+15125550199", firstName: "Middle" },
      { phone: "+1 512 555 0199", firstName: "New", lastName: "Name" },
    ]);
    expect(await listOf(me.accessToken)).toEqual([
      { phone: "+15125550199", firstName: "New", lastName: "Name", registered: false, userId: null },
    ]);
  });

  it("shows someone who signs up later as registered to everyone who had their number", async () => {
    const a = await signIn("+15125550104");
    const b = await signIn("+15125550105");
    await importContacts(a.accessToken, [{ phone: "+15125550106", firstName: "Late" }]);
    await importContacts(b.accessToken, [{ phone: "+15125550106", firstName: "Latecomer" }]);
    expect((await listOf(a.accessToken))[0]?.registered).toBe(false);
    const late = await signIn("+15125550106");
    expect(late.isNewUser).toBe(true);
    for (const token of [a.accessToken, b.accessToken]) {
      expect((await listOf(token))[0]).toMatchObject({ registered: true, userId: late.user.id });
    }
    // And both now see the newcomer's phone on the profile.
    const profile = await data<{ phone: string | null }>(
      await api("GET", `/users/${late.user.id}`, { token: a.accessToken }),
    );
    expect(profile.phone).toBe("+15125550106");
  });

  it("deletes a contact by number (encoded or not) and answers 404 for one not in the book", async () => {
    const me = await signIn("+15125550107");
    await importContacts(me.accessToken, [
      { phone: "+15125550180", firstName: "Keep" },
      { phone: "+15125550181", firstName: "Drop" },
    ]);
    const res = await api("DELETE", "/contacts/%2B15125550181", { token: me.accessToken });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ success: true, data: { phone: "+15125550181", deleted: true } });
    expect((await listOf(me.accessToken)).map((c) => c.phone)).toEqual(["+15125550180"]);
    expect((await api("DELETE", "/contacts/%2B15125550181", { token: me.accessToken })).status).toBe(404);
    expect((await api("DELETE", "/contacts/+15125550180", { token: me.accessToken })).status).toBe(200);
  });

  it("keeps each user's phone book private: B can neither list nor delete A's contacts", async () => {
    const a = await signIn("+15125550108");
    const b = await signIn("+15125550109");
    await importContacts(a.accessToken, [{ phone: "+15125550190", firstName: "Secret" }]);
    expect(await listOf(b.accessToken)).toEqual([]);
    const res = await api("DELETE", "/contacts/%2B15125550190", { token: b.accessToken });
    expect(res.status).toBe(404);
    expect((await listOf(a.accessToken)).map((c) => c.phone)).toEqual(["+15125550190"]);
  });

  it("refuses bad input with a 4xx envelope and stores nothing", async () => {
    const me = await signIn("+15125550110");
    const count = async () => (await env.DB.prepare("SELECT COUNT(*) AS n FROM contacts").first<{ n: number }>())?.n;
    const before = await count();
    const tooMany = Array.from({ length: 1001 }, (_, i) => ({
      phone: `+1512555${String(i).padStart(4, "0")}`,
      firstName: `C${i}`,
    }));
    for (const contacts of [
      undefined,
      [],
      "everyone",
      [{ phone: "+15125550111" }],
      [{ firstName: "No phone" }],
      [{ phone: 15125550111, firstName: "Number" }],
      [{ phone: "+15125550111", firstName: "" }],
      [{ phone: "+15125550111", firstName: "x".repeat(65) }],
      [{ phone: "+15125550111", firstName: "ok" }, null],
      tooMany,
    ]) {
      const res = await importContacts(me.accessToken, contacts);
      expect(res.status, JSON.stringify(contacts)?.slice(0, 80)).toBe(400);
      expect(await res.json()).toMatchObject({ success: false, error: { code: "VALIDATION_FAILED" } });
    }
    const notJson = await api("POST", "/contacts/import", {
      token: me.accessToken,
      headers: { "content-type": "text/plain" },
    });
    expect(notJson.status).toBeGreaterThanOrEqual(400);
    expect(notJson.status).toBeLessThan(500);
    for (const phone of ["garbage", "%2B1", "12345"]) {
      const res = await api("DELETE", `/contacts/${phone}`, { token: me.accessToken });
      expect(res.status, phone).toBe(400);
      expect(await res.json()).toMatchObject({ success: false, error: { code: "INVALID_PHONE" } });
    }
    expect(await count()).toBe(before);
  });
});

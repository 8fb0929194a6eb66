// Sessions belong to the API key that made them: listing, isolation (404 for everyone else),
// and delete = auth.logOut on Telegram + the object's storage wiped.
import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call, createSession, createTestApiKey, dcControl, signedInSession } from "./helpers/telegram.ts";

describe("Telegram proxy sessions", () => {
  it("lists only the caller's sessions", async () => {
    const alice = await createTestApiKey("alice");
    const bob = await createTestApiKey("bob");
    const a1 = await createSession(alice.headers);
    const a2 = await createSession(alice.headers);
    const b1 = await createSession(bob.headers);

    const aliceList = await call("GET", "/sessions", alice.headers);
    expect(aliceList.status).toBe(200);
    expect(aliceList.json.data.sessions.map((s: { sessionId: string }) => s.sessionId).sort()).toEqual([a1, a2].sort());
    const bobList = await call("GET", "/sessions", bob.headers);
    expect(bobList.json.data.sessions).toEqual([{ sessionId: b1, createdAt: expect.any(String) }]);
  });

  it("hides a session from every other API key (404, and nothing changes)", async () => {
    const owner = await createTestApiKey("owner");
    const other = await createTestApiKey("other");
    const { sessionId } = await signedInSession(owner.headers, "+9996661001");
    const asOther = { ...other.headers, "x-session-id": sessionId };

    const attempts = [
      await call("GET", `/sessions/${sessionId}`, other.headers),
      await call("DELETE", `/sessions/${sessionId}`, other.headers),
      await call("POST", "/auth/send-code", other.headers, { sessionId, phoneNumber: "+9996661002" }),
      await call("POST", "/auth/verify-code", other.headers, {
        sessionId,
        phoneNumber: "+9996661002",
        phoneCodeHash: "abc",
        code: "66666",
      }),
      await call("POST", "/auth/password", other.headers, { sessionId, password: "x" }),
      await call("GET", "/messages/poll/me", asOther),
      await call("POST", "/messages/send/me", asOther, { message: "not yours" }),
    ];
    for (const attempt of attempts) {
      expect(attempt.status).toBe(404);
      expect(attempt.json).toEqual({ success: false, error: { code: "NOT_FOUND", message: "No such session" } });
    }
    const mine = { ...owner.headers, "x-session-id": sessionId };
    expect((await call("GET", `/sessions/${sessionId}`, owner.headers)).json.data.authorized).toBe(true);
    expect((await call("GET", "/messages/poll/me", mine)).json.data.messages).toEqual([]);
  });

  it("delete logs out of Telegram and wipes the object's storage", async () => {
    const { headers } = await createTestApiKey();
    const phone = "+9996661003";
    const { sessionId } = await signedInSession(headers, phone);
    expect((await dcControl("GET", `/accounts/${phone}`)).authorizations).toBe(1);

    const deleted = await call("DELETE", `/sessions/${sessionId}`, headers);
    expect(deleted.status).toBe(200);
    expect(deleted.json.data).toEqual({ sessionId, loggedOut: true });
    expect((await dcControl("GET", `/accounts/${phone}`)).authorizations).toBe(0);

    expect((await call("GET", `/sessions/${sessionId}`, headers)).status).toBe(404);
    expect((await call("GET", "/sessions", headers)).json.data.sessions).toEqual([]);
    const stub = env.TELEGRAM_SESSIONS.get(env.TELEGRAM_SESSIONS.idFromName(sessionId));
    const rows = await runInDurableObject(stub, (_instance, state) => {
      const tables = state.storage.sql
        .exec<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('session', 'peers')")
        .toArray();
      return tables.length === 0 ? 0 : state.storage.sql.exec("SELECT * FROM session").toArray().length;
    });
    expect(rows).toBe(0);
  });

  it("deletes a never-signed-in session without calling Telegram", async () => {
    const { headers } = await createTestApiKey();
    const sessionId = await createSession(headers);
    const deleted = await call("DELETE", `/sessions/${sessionId}`, headers);
    expect(deleted.json.data).toEqual({ sessionId, loggedOut: false });
    expect((await call("DELETE", `/sessions/${sessionId}`, headers)).status).toBe(404);
  });
});

import { describe, expect, it } from "vitest";
import { api, history, openDialog, send, type TestUser, users } from "./helpers/messaging.ts";

// A read runs alongside its session check (api/auth/guard.ts); its answer must still be a 401
// the moment the session is revoked, with nothing of what the handler read in it. Revoked the way
// a user does it (signing out), so the sender's object hears of it too (send-admission.test.ts).
const revoke = async (user: TestUser) => expect((await api(user, "POST", "/auth/logout")).status).toBe(200);

describe("a revoked session stops at once, on reads and writes alike", () => {
  it("reads answer 401 SESSION_REVOKED with none of the data; writes store nothing", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    await send(alice, chatId, "before the revocation");
    const before = await api(alice, "GET", `/chats/${chatId}/messages`);
    expect(before.status).toBe(200);

    await revoke(alice);

    for (const path of [`/chats/${chatId}/messages`, "/me", "/chats", `/chats/${chatId}`, "/updates?since=0"]) {
      const res = await api(alice, "GET", path);
      expect(res.status, path).toBe(401);
      expect(res.body, path).toEqual({
        success: false,
        error: { code: "SESSION_REVOKED", message: expect.any(String) },
      });
    }
    // A read that would have failed on its own (no such chat) still says 401, not 404.
    expect((await api(alice, "GET", "/chats/dlg_00000000000000000000000000000000")).status).toBe(401);

    const write = await api(alice, "POST", `/chats/${chatId}/messages`, { clientMessageId: "after", text: "after" });
    expect(write.status).toBe(401);
    expect((await history(bob, chatId)).map((m) => m.text)).toEqual(["before the revocation"]);
  });

  it("says where a request waited in Server-Timing (stage names and durations only)", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    const sent = await api(alice, "POST", `/chats/${chatId}/messages`, { clientMessageId: "t", text: "t" });
    expect(sent.status).toBe(201);
    const stages = (sent.headers.get("server-timing") ?? "").split(", ").map((part) => part.split(";")[0]);
    // A send's session check and rate limit are one call to the sender's object.
    expect(stages).toEqual(["auth", "admission", "chat"]);
    const read = await api(alice, "GET", "/me");
    expect((read.headers.get("server-timing") ?? "").split(", ").map((part) => part.split(";")[0])).toEqual([
      "auth",
      "session",
    ]);
  });
});

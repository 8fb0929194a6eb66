// Send and poll: `me`, `@username` and numeric chat ids, paging with the cursor, idempotent sends,
// and concurrent sends on one session (serialized by the object).
import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call, createTestApiKey, signedInSession } from "./helpers/telegram.ts";

describe("Telegram proxy messages", () => {
  it("sends to Saved Messages and pages through them newest first", async () => {
    const { headers } = await createTestApiKey();
    const { sessionId, user } = await signedInSession(headers, "+9996651001");
    const h = { ...headers, "x-session-id": sessionId };

    const texts = ["one", "two", "three", "four", "five"];
    const ids: number[] = [];
    for (const message of texts) {
      const sent = await call("POST", "/messages/send/me", h, { message });
      expect(sent.status).toBe(200);
      expect(sent.json.data).toMatchObject({ chatId: user.userId, fromId: user.userId, out: true, text: message });
      ids.push(sent.json.data.id);
    }
    expect(new Set(ids).size).toBe(5);

    const first = await call("GET", "/messages/poll/me?limit=2", h);
    expect(first.status).toBe(200);
    expect(first.json.data.messages.map((m: { text: string }) => m.text)).toEqual(["five", "four"]);
    expect(first.json.data.nextCursor).toEqual(expect.any(String));

    const second = await call("GET", `/messages/poll/me?limit=2&cursor=${first.json.data.nextCursor}`, h);
    expect(second.json.data.messages.map((m: { text: string }) => m.text)).toEqual(["three", "two"]);

    const third = await call("GET", `/messages/poll/me?limit=2&cursor=${second.json.data.nextCursor}`, h);
    expect(third.json.data.messages.map((m: { text: string }) => m.text)).toEqual(["one"]);
    expect(third.json.data.nextCursor).toBeNull();

    // A page that ends exactly at the oldest message says so (no empty page after it).
    const exact = await call("GET", "/messages/poll/me?limit=5", h);
    expect(exact.json.data.messages).toHaveLength(5);
    expect(exact.json.data.nextCursor).toBeNull();
  });

  it("sends to @username and to a numeric id, and the other account receives it", async () => {
    const { headers } = await createTestApiKey();
    const sender = await signedInSession(headers, "+9996651002");
    const receiver = await signedInSession(headers, "+9996651003");
    const hs = { ...headers, "x-session-id": sender.sessionId };
    const hr = { ...headers, "x-session-id": receiver.sessionId };

    const byName = await call("POST", `/messages/send/@${receiver.user.username}`, hs, { message: "hi by name" });
    expect(byName.status).toBe(200);
    expect(byName.json.data.chatId).toBe(receiver.user.userId);

    // The numeric id works once the session has seen the user (its access hash is remembered).
    const byId = await call("POST", `/messages/send/${receiver.user.userId}`, hs, { message: "hi by id" });
    expect(byId.status).toBe(200);

    // The receiver has never seen the sender's access hash: the id is found through its dialogs.
    const inbox = await call("GET", `/messages/poll/${sender.user.userId}`, hr);
    expect(inbox.status).toBe(200);
    const viaName = await call("GET", `/messages/poll/@${sender.user.username}`, hr);
    expect(viaName.status).toBe(200);
    expect(viaName.json.data.messages).toMatchObject([
      { text: "hi by id", out: false, fromId: sender.user.userId, chatId: sender.user.userId },
      { text: "hi by name", out: false },
    ]);
    const nowById = await call("GET", `/messages/poll/${sender.user.userId}`, hr);
    expect(nowById.status).toBe(200);
    expect(nowById.json.data.messages).toHaveLength(2);
  });

  it("answers 404 for unknown chats", async () => {
    const { headers } = await createTestApiKey();
    const { sessionId } = await signedInSession(headers, "+9996651004");
    const h = { ...headers, "x-session-id": sessionId };
    const unknownName = await call("POST", "/messages/send/@nobody_here", h, { message: "hello?" });
    expect(unknownName.status).toBe(404);
    expect(unknownName.json.error.code).toBe("CHAT_NOT_FOUND");
    const unknownId = await call("GET", "/messages/poll/123456789", h);
    expect(unknownId.status).toBe(404);
  });

  it("never sends twice for one clientMessageId", async () => {
    const { headers } = await createTestApiKey();
    const { sessionId } = await signedInSession(headers, "+9996651005");
    const h = { ...headers, "x-session-id": sessionId };
    const first = await call("POST", "/messages/send/@alice", h, { message: "once", clientMessageId: "m-1" });
    const repeat = await call("POST", "/messages/send/@alice", h, { message: "once", clientMessageId: "m-1" });
    expect(first.status).toBe(200);
    expect(repeat.json.data.id).toBe(first.json.data.id);
    const history = await call("GET", "/messages/poll/@alice", h);
    expect(history.json.data.messages.filter((m: { text: string }) => m.text === "once")).toHaveLength(1);

    const reused = await call("POST", "/messages/send/@alice", h, {
      message: "something else",
      clientMessageId: "m-1",
    });
    expect(reused.status).toBe(409);
    expect(reused.json.error.code).toBe("CLIENT_MESSAGE_ID_REUSED");

    // Had the object died before remembering the send, Telegram itself refuses the same random_id.
    const stub = env.TELEGRAM_SESSIONS.get(env.TELEGRAM_SESSIONS.idFromName(sessionId));
    await runInDurableObject(stub, (_instance, state) => {
      state.storage.sql.exec("DELETE FROM sent");
    });
    const afterCrash = await call("POST", "/messages/send/@alice", h, { message: "once", clientMessageId: "m-1" });
    expect(afterCrash.status).toBe(409);
    expect(afterCrash.json.error.code).toBe("DUPLICATE_SEND");
    const still = await call("GET", "/messages/poll/@alice", h);
    expect(still.json.data.messages.filter((m: { text: string }) => m.text === "once")).toHaveLength(1);
  });

  it("serializes concurrent sends on one session", async () => {
    const { headers } = await createTestApiKey();
    const { sessionId } = await signedInSession(headers, "+9996651006");
    const h = { ...headers, "x-session-id": sessionId };
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => call("POST", "/messages/send/me", h, { message: `parallel ${i}` })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(new Set(results.map((r) => r.json.data.id)).size).toBe(8);
    const history = await call("GET", "/messages/poll/me?limit=100", h);
    expect(history.json.data.messages).toHaveLength(8);
  });
});

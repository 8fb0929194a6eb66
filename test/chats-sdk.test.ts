import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createClient } from "../sdk/index.ts";
import { drain, users } from "./helpers/messaging.ts";

describe("messaging through the SDK", () => {
  it("opens a dialog, sends, reads history and updates with typed answers", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const client = (token: string) =>
      createClient({ baseUrl: "http://gateway", token, fetch: (request) => exports.default.fetch(request) });
    const asAlice = client(alice.accessToken);
    const asBob = client(bob.accessToken);

    const dialog = await asAlice.POST("/api/v1/chats/dialogs", { body: { userId: bob.userId } });
    expect(dialog.response.status).toBe(201);
    const chatId = dialog.data?.data.chat.id ?? "";

    const sent = await asAlice.POST("/api/v1/chats/{chatId}/messages", {
      params: { path: { chatId } },
      body: { clientMessageId: "sdk-1", text: "typed hello" },
    });
    expect(sent.data?.data).toMatchObject({ seq: 1, text: "typed hello", status: "sent" });

    const page = await asBob.GET("/api/v1/chats/{chatId}/messages", {
      params: { path: { chatId }, query: { limit: 10 } },
    });
    expect(page.data?.data.messages.map((m) => m.text)).toEqual(["typed hello"]);

    await drain(chatId);
    const updates = await asBob.GET("/api/v1/updates", { params: { query: { since: 0 } } });
    const body = updates.data?.data;
    if (!body || body.tooLong) throw new Error("expected updates");
    expect(body.updates.map((u) => u.type)).toEqual(["chatUpdated", "newMessage"]);

    const refused = await asBob.GET("/api/v1/chats/{chatId}", {
      params: { path: { chatId: `grp_${"f".repeat(32)}` } },
    });
    expect(refused.response.status).toBe(404);
    expect(refused.error?.error.code).toBe("NOT_FOUND");
  });
});

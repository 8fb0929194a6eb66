import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createClient } from "../sdk/index.ts";
import { openDialog, send, users } from "./helpers/messaging.ts";

describe("search, pins, scheduled messages and drafts through the SDK", () => {
  it("has typed calls for each", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const sdk = createClient({
      baseUrl: "http://gateway",
      token: alice.accessToken,
      fetch: (request) => exports.default.fetch(request),
    });
    const chatId = await openDialog(alice, bob);
    const message = await send(bob, chatId, "lunch on Thursday?");
    const path = { chatId };

    const found = await sdk.GET("/api/v1/chats/{chatId}/search", { params: { path, query: { q: "thurs" } } });
    expect(found.data?.data.hits.map((h) => [h.message.seq, h.matches])).toEqual([
      [message.seq, [{ start: 9, end: 17 }]],
    ]);

    const pinned = await sdk.PUT("/api/v1/chats/{chatId}/pinned/{seq}", {
      params: { path: { chatId, seq: message.seq } },
    });
    expect(pinned.data?.data.pinned.map((p) => p.pinnedBy)).toEqual([alice.userId]);

    const later = await sdk.POST("/api/v1/chats/{chatId}/messages", {
      params: { path },
      body: { clientMessageId: "sdk-later", text: "yes!", sendAt: Date.now() + 3_600_000 },
    });
    expect(later.response.status).toBe(202);
    const scheduled = await sdk.GET("/api/v1/chats/{chatId}/scheduled", { params: { path } });
    expect(scheduled.data?.data.scheduled.map((s) => s.text)).toEqual(["yes!"]);

    const draft = await sdk.PUT("/api/v1/chats/{chatId}/draft", { params: { path }, body: { text: "maybe" } });
    expect(draft.data?.data.draft?.text).toBe("maybe");
    const drafts = await sdk.GET("/api/v1/drafts");
    expect(drafts.data?.data.drafts.map((d) => d.chatId)).toEqual([chatId]);
  });
});

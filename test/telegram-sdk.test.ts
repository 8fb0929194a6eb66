// The Telegram proxy through the generated SDK, with an API key as the token: typed paths,
// bodies, the X-Session-ID header and the envelope.
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createClient } from "../sdk/index.ts";
import { createTestApiKey } from "./helpers/telegram.ts";

describe("the SDK with the Telegram proxy", () => {
  it("signs in, sends and polls", async () => {
    const { key } = await createTestApiKey("sdk");
    const api = createClient({ baseUrl: "http://gateway", token: key, fetch: (r) => exports.default.fetch(r) });

    const created = await api.POST("/api/telegram-proxy/sessions");
    expect(created.response.status).toBe(201);
    const sessionId = created.data?.data.sessionId ?? "";

    const sent = await api.POST("/api/telegram-proxy/auth/send-code", {
      body: { sessionId, phoneNumber: "+9996641501" },
    });
    const verified = await api.POST("/api/telegram-proxy/auth/verify-code", {
      body: {
        sessionId,
        phoneNumber: "+9996641501",
        phoneCodeHash: sent.data?.data.phoneCodeHash ?? "",
        code: "44444",
      },
    });
    expect(verified.data?.data.authorized).toBe(true);

    const message = await api.POST("/api/telegram-proxy/messages/send/{chatId}", {
      params: { path: { chatId: "me" }, header: { "x-session-id": sessionId } },
      body: { message: "typed" },
    });
    expect(message.data?.data.text).toBe("typed");

    const page = await api.GET("/api/telegram-proxy/messages/poll/{chatId}", {
      params: { path: { chatId: "me" }, header: { "x-session-id": sessionId }, query: { limit: 5 } },
    });
    expect(page.data?.data.messages.map((m) => m.text)).toEqual(["typed"]);

    const wrong = await api.GET("/api/telegram-proxy/sessions/{sessionId}", {
      params: { path: { sessionId: crypto.randomUUID() } },
    });
    expect(wrong.response.status).toBe(404);
    expect(wrong.error?.error.code).toBe("NOT_FOUND");
  });
});

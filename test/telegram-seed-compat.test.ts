// The seed's own client flow, unchanged: what its TelegramClientWrapper (and the "other methods
// similarly updated") sends, byte for byte in shape, and only the fields it reads back
// (`success`, `data`, `error.message`). If this test needs editing, existing callers break.
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { codeFor, createTestApiKey } from "./helpers/telegram.ts";

const TELEGRAM_PROXY_URL = "http://gateway";

/** The seed's client, transcribed: plain fetch, JSON bodies, the API key as a bearer token. */
class SeedTelegramClient {
  private sessionId: string | null = null;
  private readonly apiKey: string;
  constructor(apiKey: string) {
    this.apiKey = apiKey;
  }

  private async request(path: string, init: { method: string; body?: unknown; sessionHeader?: boolean }) {
    const response = await exports.default.fetch(`${TELEGRAM_PROXY_URL}/api/telegram-proxy${path}`, {
      method: init.method,
      headers: {
        "Content-Type": "application/json",
        Authorization: `Bearer ${this.apiKey}`,
        ...(init.sessionHeader && this.sessionId ? { "X-Session-ID": this.sessionId } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: the seed reads the envelope untyped
    const data = (await response.json()) as any;
    if (!data.success) throw new Error(data.error?.message || "Request failed");
    return data.data;
  }

  async sendAuthCode(phoneNumber: string) {
    if (!this.sessionId) {
      const created = await this.request("/sessions", { method: "POST" });
      this.sessionId = created.sessionId;
    }
    return this.request("/auth/send-code", { method: "POST", body: { sessionId: this.sessionId, phoneNumber } });
  }

  async verifyCode(phoneNumber: string, phoneCodeHash: string, code: string) {
    return this.request("/auth/verify-code", {
      method: "POST",
      body: { sessionId: this.sessionId, phoneNumber, phoneCodeHash, code },
    });
  }

  async getMessages(chatId: string, limit: number, cursor?: string | number) {
    const query = `?limit=${limit}${cursor === undefined ? "" : `&cursor=${cursor}`}`;
    return this.request(`/messages/poll/${chatId}${query}`, { method: "GET", sessionHeader: true });
  }

  async sendMessage(chatId: string, message: string) {
    return this.request(`/messages/send/${chatId}`, { method: "POST", body: { message }, sessionHeader: true });
  }
}

describe("seed client compatibility", () => {
  it("signs in, sends and polls exactly as the seed's client does", async () => {
    const { key } = await createTestApiKey("seed client");
    const client = new SeedTelegramClient(key);
    const phone = "+9996674001";

    const sent = await client.sendAuthCode(phone);
    expect(sent.phoneCodeHash).toEqual(expect.any(String));
    const signedIn = await client.verifyCode(phone, sent.phoneCodeHash, codeFor(phone));
    expect(signedIn.userId).toEqual(expect.any(String));

    for (const text of ["seed one", "seed two", "seed three"]) {
      const message = await client.sendMessage("me", text);
      expect(message.text).toBe(text);
    }
    const page = await client.getMessages("me", 2);
    expect(page.messages.map((m: { text: string }) => m.text)).toEqual(["seed three", "seed two"]);
    // The seed paged with the last message id as `cursor` (its offsetId); that still works,
    // beside the opaque nextCursor.
    const older = await client.getMessages("me", 2, page.messages[1].id);
    expect(older.messages.map((m: { text: string }) => m.text)).toEqual(["seed one"]);
    const viaCursor = await client.getMessages("me", 2, page.nextCursor);
    expect(viaCursor.messages.map((m: { text: string }) => m.text)).toEqual(["seed one"]);
  });

  it("gets an error.message it can show for a wrong code and a bad key", async () => {
    const { key } = await createTestApiKey("seed client");
    const client = new SeedTelegramClient(key);
    const sent = await client.sendAuthCode("+9996674002");
    await expect(client.verifyCode("+9996674002", sent.phoneCodeHash, "12345")).rejects.toThrow(
      "The login code is wrong",
    );
    await expect(new SeedTelegramClient("bgk_wrong").sendAuthCode("+9996674002")).rejects.toThrow(
      "Invalid or revoked API key",
    );
  });
});

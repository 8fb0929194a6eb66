// Live updates over a WebSocket: GET /updates/ws (API key + session) streams the account's new,
// edited and deleted messages as they arrive; bad requests are refused before any upgrade.
import { describe, expect, it, vi } from "vitest";
import { TELEGRAM_UPDATES_PROTOCOL } from "../openapi/telegram-updates.ts";
import { call, createTestApiKey, dcControl, signedInSession } from "./helpers/telegram.ts";
import { openUpdates } from "./helpers/telegram-updates-socket.ts";

describe("Telegram updates WebSocket", { timeout: 30_000 }, () => {
  it("streams new, edited and deleted messages as they arrive", async () => {
    const { headers, key } = await createTestApiKey();
    const me = await signedInSession(headers, "+9996678001");
    const friend = await signedInSession(headers, "+9996678002");
    // As a browser would: the key as a subprotocol, the session in the query.
    const { response, socket, frames } = await openUpdates(
      { "sec-websocket-protocol": `${TELEGRAM_UPDATES_PROTOCOL}, bearer.${key}` },
      `?sessionId=${me.sessionId}`,
    );
    expect(response.status).toBe(101);
    expect(response.headers.get("sec-websocket-protocol")).toBe(TELEGRAM_UPDATES_PROTOCOL);

    const hf = { ...headers, "x-session-id": friend.sessionId };
    const sent = await call("POST", `/messages/send/@${me.user.username}`, hf, { message: "over the socket" });
    await vi.waitFor(() => expect(frames).toHaveLength(1), { timeout: 10_000 });
    expect(frames[0]).toMatchObject({
      sessionId: me.sessionId,
      seq: 1,
      type: "message.new",
      message: { text: "over the socket", fromId: friend.user.userId },
    });
    await dcControl("POST", "/edit-message", { phone: "+9996678002", id: sent.json.data.id, text: "edited" });
    await dcControl("POST", "/delete-messages", { phone: "+9996678002", ids: [sent.json.data.id], revoke: true });
    await vi.waitFor(() => expect(frames).toHaveLength(3), { timeout: 10_000 });
    expect(frames.map((f) => f.type)).toEqual(["message.new", "message.edited", "message.deleted"]);
    expect(frames[1].message.text).toBe("edited");
    socket?.close(1000, "done");
  });

  it("takes the session from X-Session-ID too, and refuses bad requests before the upgrade", async () => {
    const { headers } = await createTestApiKey();
    const other = await createTestApiKey("other");
    const me = await signedInSession(headers, "+9996678003");
    const byHeader = await openUpdates({ ...headers, "x-session-id": me.sessionId });
    expect(byHeader.response.status).toBe(101);
    byHeader.socket?.close(1000);

    const noUpgrade = await call("GET", `/updates/ws?sessionId=${me.sessionId}`, headers);
    expect(noUpgrade.status).toBe(426);
    const cases: [Record<string, string>, string, number][] = [
      [headers, "", 400],
      [headers, "?sessionId=not-a-uuid", 400],
      [{}, `?sessionId=${me.sessionId}`, 401],
      [other.headers, `?sessionId=${me.sessionId}`, 404],
    ];
    for (const [h, query, status] of cases) {
      const { response } = await openUpdates(h, query);
      expect(response.status, `${query} ${JSON.stringify(h)}`).toBe(status);
      expect(((await response.json()) as { success: boolean }).success).toBe(false);
    }
    const unsigned = await call("POST", "/sessions", headers);
    const notSignedIn = await openUpdates(headers, `?sessionId=${unsigned.json.data.sessionId}`);
    expect(notSignedIn.response.status).toBe(401);
  });
});

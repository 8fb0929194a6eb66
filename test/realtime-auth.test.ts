import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { signAccessToken } from "../api/auth/access-token.ts";
import { loadConfig } from "../api/env.ts";
import { CLOSE_CODES } from "../openapi/realtime-frames.ts";
import { api, users } from "./helpers/messaging.ts";
import { addDevice, TestSocket, upgrade } from "./helpers/realtime.ts";

async function refusal(res: Response) {
  expect(res.webSocket).toBeNull();
  expect(res.headers.get("content-type")).toContain("application/json");
  return { status: res.status, body: (await res.json()) as { success: boolean; error: { code: string } } };
}

describe("GET /api/v1/ws: authentication before the upgrade", () => {
  it("refuses a missing, forged, expired or revoked token with 401 in the envelope", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const expired = await signAccessToken(
      { userId: alice.userId, sessionId: alice.sessionId },
      loadConfig(env),
      Date.now() - 3600_000,
    );
    const revoked = await addDevice(alice);
    await env.DB.prepare("UPDATE auth_sessions SET revoked_at = ? WHERE id = ?")
      .bind(Date.now(), revoked.sessionId)
      .run();

    const cases: [string, Response][] = [
      ["none", await upgrade()],
      ["only big.v1", await upgrade("", { "sec-websocket-protocol": "big.v1" })],
      ["forged", await upgrade("", { "sec-websocket-protocol": "big.v1, bearer.not-a-token" })],
      ["expired", await upgrade("", { "sec-websocket-protocol": `big.v1, bearer.${expired}` })],
      ["expired in query", await upgrade(`?token=${expired}`)],
      ["revoked", await upgrade("", { "sec-websocket-protocol": `big.v1, bearer.${revoked.accessToken}` })],
    ];
    for (const [name, res] of cases) {
      const answer = await refusal(res);
      expect(answer.status, name).toBe(401);
      expect(answer.body.success, name).toBe(false);
    }
  });

  it("accepts the token as a subprotocol, a query parameter or an Authorization header", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const viaQuery = await upgrade(`?token=${alice.accessToken}`);
    expect(viaQuery.status).toBe(101);
    // No subprotocol was offered, so none is answered.
    expect(viaQuery.headers.get("sec-websocket-protocol")).toBeNull();
    viaQuery.webSocket?.accept();
    viaQuery.webSocket?.close(1000);

    const viaHeader = await upgrade("", alice.authHeader);
    expect(viaHeader.status).toBe(101);
    viaHeader.webSocket?.accept();
    viaHeader.webSocket?.close(1000);

    const socket = await TestSocket.open(alice, { sync: "now" });
    expect(socket.frames).toEqual([{ type: "synced", pts: 0 }]);
    socket.close();
  });

  it("answers 426 to a plain GET, and other routes never take a token from the subprotocol or query", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const plain = await api(alice, "GET", "/ws");
    expect(plain.status).toBe(426);
    expect(plain.body.error.code).toBe("UPGRADE_REQUIRED");

    const me = await exports.default.fetch(`http://gateway/api/v1/me?token=${alice.accessToken}`, {
      headers: { upgrade: "websocket", "sec-websocket-protocol": `big.v1, bearer.${alice.accessToken}` },
    });
    expect(me.status).toBe(401);
    // A plain GET of the socket route with the token in the query is not authenticated either.
    expect((await exports.default.fetch(`http://gateway/api/v1/ws?token=${alice.accessToken}`)).status).toBe(401);
  });

  it("keeps one connection per device: a new one replaces the old (4001); signing the device out closes it (4003)", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const tablet = await addDevice(alice);
    const first = await TestSocket.open(alice, { sync: "now" });
    const onTablet = await TestSocket.open(tablet, { sync: "now" });
    const second = await TestSocket.open(alice, { sync: "now" });
    expect((await first.waitClosed()).code).toBe(CLOSE_CODES.replaced);
    // Another device is not affected.
    onTablet.send({ type: "ping" });
    await onTablet.waitFor((f) => f.type === "pong");
    expect(onTablet.closed).toBeNull();
    expect(second.closed).toBeNull();

    // Revoking the tablet's session (from the other device) closes its socket at once.
    expect((await api(alice, "DELETE", `/me/sessions/${tablet.sessionId}`)).status).toBe(200);
    expect((await onTablet.waitClosed()).code).toBe(CLOSE_CODES.sessionRevoked);
    // Logging out closes the caller's own socket.
    expect((await api(alice, "POST", "/auth/logout")).status).toBe(200);
    expect((await second.waitClosed()).code).toBe(CLOSE_CODES.sessionRevoked);
  });
});

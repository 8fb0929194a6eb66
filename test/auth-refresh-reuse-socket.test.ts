// Refresh-token reuse means the sign-in was stolen: its family is revoked, and — like logout and
// revoking a device — its realtime socket must close too, or whoever holds it keeps receiving
// the user's messages live.
import { describe, expect, it } from "vitest";
import { CLOSE_CODES } from "../openapi/realtime-frames.ts";
import { TestSocket } from "./helpers/realtime.ts";
import { api, signIn } from "./helpers/sign-in.ts";

describe("refresh-token reuse", () => {
  it("closes the revoked session's WebSocket (4003)", async () => {
    const signedIn = await signIn("+12125550291");
    const user = {
      userId: signedIn.user.id,
      sessionId: signedIn.sessionId,
      phone: signedIn.user.phone,
      accessToken: signedIn.accessToken,
      authHeader: { authorization: `Bearer ${signedIn.accessToken}` },
    };
    const socket = await TestSocket.open(user, { sync: "now" });

    const first = await api("POST", "/auth/refresh", { body: { refreshToken: signedIn.refreshToken } });
    expect(first.status).toBe(200);
    const replay = await api("POST", "/auth/refresh", { body: { refreshToken: signedIn.refreshToken } });
    expect(replay.status).toBe(401);
    expect(((await replay.json()) as { error: { code: string } }).error.code).toBe("REFRESH_TOKEN_REUSED");

    expect((await socket.waitClosed(3000)).code).toBe(CLOSE_CODES.sessionRevoked);
  });
});

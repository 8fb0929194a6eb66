import { describe, expect, it } from "vitest";
import { telegramErrorMessage, toProxyError } from "./telegram-errors.ts";

const rpc = (errorMessage: string, code = 400) => ({ errorMessage, code });

describe("toProxyError", () => {
  it("maps FLOOD_WAIT_X (and GramJS's FloodWaitError) to 429 with Retry-After X", () => {
    expect(toProxyError(rpc("FLOOD_WAIT_42", 420))).toMatchObject({ status: 429, retryAfter: 42 });
    expect(toProxyError({ errorMessage: "FLOOD", seconds: 7, code: 420 })).toMatchObject({
      status: 429,
      retryAfter: 7,
    });
    expect(toProxyError(rpc("FLOOD_WAIT_0", 420)).retryAfter).toBe(1);
  });

  it("maps login and password errors to 400, sign-outs to 401, unknown peers to 404", () => {
    for (const code of ["PHONE_CODE_INVALID", "PHONE_CODE_EXPIRED", "PASSWORD_HASH_INVALID", "PHONE_NUMBER_INVALID"]) {
      expect(toProxyError(rpc(code))).toMatchObject({ status: 400, code });
    }
    expect(toProxyError(rpc("AUTH_KEY_UNREGISTERED", 401))).toMatchObject({
      status: 401,
      code: "TELEGRAM_UNAUTHORIZED",
    });
    expect(toProxyError(rpc("SESSION_REVOKED", 401)).status).toBe(401);
    expect(toProxyError(rpc("USERNAME_NOT_OCCUPIED"))).toMatchObject({ status: 404, code: "CHAT_NOT_FOUND" });
  });

  it("keeps unknown Telegram 4xx as 4xx, and anything else (no connection) as 503", () => {
    expect(toProxyError(rpc("SOMETHING_NEW"))).toMatchObject({ status: 400, code: "TELEGRAM_BAD_REQUEST" });
    expect(toProxyError(rpc("CHAT_WRITE_FORBIDDEN", 403)).status).toBe(403);
    expect(toProxyError(new Error("Not connected"))).toMatchObject({ status: 503, code: "TELEGRAM_UNAVAILABLE" });
    expect(telegramErrorMessage(new Error("Not connected"))).toBeUndefined();
  });
});

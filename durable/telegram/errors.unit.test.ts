import { describe, expect, it } from "vitest";
import { telegramErrorMessage, telegramRefusal } from "./errors.ts";

const rpc = (errorMessage: string, code = 400) => ({ errorMessage, code });

describe("telegramRefusal", () => {
  it("maps FLOOD_WAIT_X (and GramJS's FloodWaitError) to 429 with Retry-After X", () => {
    expect(telegramRefusal(rpc("FLOOD_WAIT_42", 420)).toRefusal()).toMatchObject({ status: 429, retryAfter: 42 });
    expect(telegramRefusal({ errorMessage: "FLOOD", seconds: 7, code: 420 }).toRefusal()).toMatchObject({
      status: 429,
      retryAfter: 7,
    });
    expect(telegramRefusal(rpc("FLOOD_WAIT_0", 420)).retryAfter).toBe(1);
  });

  it("maps login and password errors to 400, sign-outs to 401, unknown peers to 404", () => {
    for (const code of ["PHONE_CODE_INVALID", "PHONE_CODE_EXPIRED", "PASSWORD_HASH_INVALID", "PHONE_NUMBER_INVALID"]) {
      expect(telegramRefusal(rpc(code))).toMatchObject({ status: 400, code });
    }
    expect(telegramRefusal(rpc("AUTH_KEY_UNREGISTERED", 401))).toMatchObject({
      status: 401,
      code: "TELEGRAM_UNAUTHORIZED",
    });
    expect(telegramRefusal(rpc("SESSION_REVOKED", 401)).status).toBe(401);
    expect(telegramRefusal(rpc("USERNAME_NOT_OCCUPIED"))).toMatchObject({ status: 404, code: "CHAT_NOT_FOUND" });
  });

  it("keeps unknown Telegram 4xx as 4xx, and anything else (no connection) as 503", () => {
    expect(telegramRefusal(rpc("SOMETHING_NEW"))).toMatchObject({ status: 400, code: "TELEGRAM_BAD_REQUEST" });
    expect(telegramRefusal(rpc("CHAT_WRITE_FORBIDDEN", 403)).status).toBe(403);
    expect(telegramRefusal(new Error("Not connected"))).toMatchObject({ status: 503, code: "TELEGRAM_UNAVAILABLE" });
    expect(telegramErrorMessage(new Error("Not connected"))).toBeUndefined();
  });

  it("sends no retryAfter across RPC unless Telegram asked for a wait", () => {
    expect("retryAfter" in telegramRefusal(rpc("PHONE_CODE_INVALID")).toRefusal()).toBe(false);
  });
});

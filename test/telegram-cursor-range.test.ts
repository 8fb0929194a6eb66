// A cursor is opaque, but a caller can forge one. Telegram's offset_id is a 32-bit int: a forged
// cursor beyond it must be a 400 like any other bad cursor, not a 503 that also drops the
// session's MTProto connection.
import { describe, expect, it } from "vitest";
import { call, createTestApiKey, signedInSession } from "./helpers/telegram.ts";

describe("Telegram poll cursor range", () => {
  it("answers a forged cursor beyond a 32-bit message id with 400 and keeps the connection", async () => {
    const { headers } = await createTestApiKey();
    const { sessionId } = await signedInSession(headers, "+9996691502");
    const h = { ...headers, "x-session-id": sessionId };

    for (const id of ["2147483648", "9999999999"]) {
      const forged = await call("GET", `/messages/poll/me?cursor=${btoa(`m:${id}`)}`, h);
      expect(forged.status).toBe(400);
      expect(forged.json.success).toBe(false);
      expect(forged.json.error.code).toBe("INVALID_CURSOR");
    }
    const status = await call("GET", `/sessions/${sessionId}`, headers);
    expect(status.json.data).toMatchObject({ connected: true, authorized: true });

    // The largest real message id still pages.
    const largest = await call("GET", `/messages/poll/me?cursor=${btoa("m:2147483647")}`, h);
    expect(largest.status).toBe(200);
  });
});

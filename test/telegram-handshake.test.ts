// Several sessions do their MTProto key exchange with the loopback DC at the same time, each in
// its own TelegramSessionDO (GramJS over cloudflare:sockets inside workerd).
import { describe, expect, it } from "vitest";
import { call, createSession, createTestApiKey } from "./helpers/telegram.ts";

describe("TelegramSessionDO ↔ loopback DC", () => {
  it("completes eight key exchanges concurrently", async () => {
    const { headers } = await createTestApiKey();
    const sessions = await Promise.all(Array.from({ length: 8 }, () => createSession(headers)));
    const started = Date.now();
    const answers = await Promise.all(
      sessions.map((sessionId, i) =>
        call("POST", "/auth/send-code", headers, { sessionId, phoneNumber: `+99966410${String(i).padStart(2, "0")}` }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    expect(new Set(answers.map((a) => a.json.data.phoneCodeHash)).size).toBe(8);
    expect(Date.now() - started).toBeLessThan(15_000);
    for (const sessionId of sessions) {
      const status = await call("GET", `/sessions/${sessionId}`, headers);
      expect(status.json.data).toMatchObject({ connected: true, authorized: false });
    }
  });
});

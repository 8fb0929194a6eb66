import {
  createExecutionContext,
  createScheduledController,
  env,
  runDurableObjectAlarm,
  runInDurableObject,
  waitOnExecutionContext,
} from "cloudflare:test";
import { afterEach, describe, expect, it } from "vitest";
import worker from "../api/index.ts";
import { call, createTestApiKey, dcControl, signedInSession } from "./helpers/telegram.ts";

// An operator revokes a leaked API key: whoever holds it must lose the Telegram accounts behind it.
async function runScheduled() {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/30 * * * *" }), env, ctx);
  await waitOnExecutionContext(ctx);
}
const revokeKey = (id: string) =>
  env.DB.prepare("UPDATE api_keys SET revoked_at = ? WHERE id = ?").bind(Date.now(), id).run();
const authorizations = async (phone: string) => (await dcControl("GET", `/accounts/${phone}`)).authorizations;
const stub = (sessionId: string) => env.TELEGRAM_SESSIONS.get(env.TELEGRAM_SESSIONS.idFromName(sessionId));
const storedRows = (sessionId: string) =>
  runInDurableObject(
    stub(sessionId),
    (_instance, state) => state.storage.sql.exec("SELECT * FROM session").toArray().length,
  );
const d1Row = (sessionId: string) =>
  env.DB.prepare("SELECT id FROM telegram_sessions WHERE id = ?").bind(sessionId).first();

afterEach(() => dcControl("DELETE", "/faults"));

describe("revoking an API key", () => {
  it("stops the key at once, then logs its sessions out of Telegram and wipes them (idempotently)", async () => {
    const phone = "+9996651601";
    const key = await createTestApiKey();
    const { sessionId } = await signedInSession(key.headers, phone);
    expect(await authorizations(phone)).toBe(1);

    await revokeKey(key.id);
    expect((await call("GET", `/sessions/${sessionId}`, key.headers)).status).toBe(401);

    await runScheduled();
    expect(await authorizations(phone)).toBe(0);
    expect(await storedRows(sessionId)).toBe(0);
    expect(await d1Row(sessionId)).toBeNull();
    // Again: nothing left to do, nothing breaks.
    await runScheduled();
    expect(await authorizations(phone)).toBe(0);
  });

  it("keeps trying by alarm while Telegram cannot log the session out, and nothing can use it meanwhile", async () => {
    const phone = "+9996651602";
    const key = await createTestApiKey();
    const { sessionId } = await signedInSession(key.headers, phone);
    await dcControl("POST", "/faults", { method: "auth.LogOut", error: "INTERNAL_SERVER_ERROR", times: 20, phone });

    await revokeKey(key.id);
    await runScheduled();
    // Still signed in at Telegram, so the sealed login is kept for the retry…
    expect(await authorizations(phone)).toBe(1);
    expect(await storedRows(sessionId)).toBe(1);
    // …but the object refuses every use, even by the key it belonged to.
    const status = await runInDurableObject(stub(sessionId), async (instance) =>
      (instance as unknown as { status(owner: string): Promise<{ ok: boolean }> }).status(key.id),
    );
    expect(status.ok).toBe(false);

    await dcControl("DELETE", "/faults");
    expect(await runDurableObjectAlarm(stub(sessionId))).toBe(true);
    expect(await authorizations(phone)).toBe(0);
    expect(await storedRows(sessionId)).toBe(0);
  });
});

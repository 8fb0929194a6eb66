import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { appWithProbes } from "./helpers/app-with-probe.ts";
import { createTestUser } from "./helpers/users.ts";

const { call } = appWithProbes();
const contacts = (n: number, from: number) =>
  Array.from({ length: n }, (_, i) => ({
    phone: `+1206555${String(from + i).padStart(4, "0")}`,
    firstName: `C${from + i}`,
  }));

describe("the daily contact-import cap", () => {
  it("counts contacts per user per UTC day; beyond it 429 with Retry-After, nothing stored", async () => {
    const me = await createTestUser({ phone: "+12065559001" });
    const other = await createTestUser({ phone: "+12065559002" });
    const bindings = { ...env, CONTACTS_IMPORT_DAILY_LIMIT: "1500" };
    const upload = (headers: Record<string, string>, list: unknown[]) =>
      call(
        "/api/v1/contacts/import",
        {
          method: "POST",
          headers: { ...headers, "content-type": "application/json" },
          body: JSON.stringify({ contacts: list }),
        },
        bindings,
      );
    expect((await upload(me.authHeader, contacts(1000, 0))).status).toBe(200);
    expect((await upload(me.authHeader, contacts(500, 1000))).status).toBe(200);
    const over = await upload(me.authHeader, contacts(1, 1500));
    expect(over.status).toBe(429);
    const now = Date.now();
    const toMidnight = Math.ceil((Math.ceil(now / 86_400_000) * 86_400_000 - now) / 1000);
    const retryAfter = Number(over.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(toMidnight - 5);
    expect(retryAfter).toBeLessThanOrEqual(toMidnight + 1);
    expect(await over.json()).toMatchObject({ success: false, error: { code: "RATE_LIMITED" } });
    const stored = await env.DB.prepare("SELECT COUNT(*) AS n FROM contacts WHERE owner_id = ?")
      .bind(me.userId)
      .first("n");
    expect(stored).toBe(1500);
    // The cap is per user.
    expect((await upload(other.authHeader, contacts(10, 0))).status).toBe(200);
  });

  it("imports 1,000 contacts in one call", async () => {
    const me = await createTestUser({ phone: "+12065559003" });
    const res = await call("/api/v1/contacts/import", {
      method: "POST",
      headers: { ...me.authHeader, "content-type": "application/json" },
      body: JSON.stringify({ contacts: contacts(1000, 2000) }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { imported: unknown[]; invalid: unknown[] } };
    expect(body.data.imported).toHaveLength(1000);
    expect(body.data.invalid).toHaveLength(0);
  });
});

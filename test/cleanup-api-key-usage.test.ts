// The scheduled cleanup drops API-key usage rows older than the retention and keeps recent days.
import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { usageDay } from "../api/admin/store.ts";
import { API_KEY_USAGE_RETENTION_DAYS } from "../api/cleanup/jobs.ts";
import worker from "../api/index.ts";
import { createTestApiKey } from "./helpers/telegram.ts";

const DAY = 86_400_000;

describe("cleanup of API-key usage", () => {
  it("deletes days older than the retention and keeps the rest", async () => {
    const now = Date.now();
    const { id } = await createTestApiKey();
    const days = [0, 1, API_KEY_USAGE_RETENTION_DAYS - 1, API_KEY_USAGE_RETENTION_DAYS + 1, 400].map((ago) =>
      usageDay(now - ago * DAY),
    );
    await env.DB.batch(
      days.map((day) =>
        env.DB.prepare("INSERT INTO api_key_usage (api_key_id, day, calls) VALUES (?, ?, 7)").bind(id, day),
      ),
    );
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: now, cron: "*/30 * * * *" }), env, ctx);
    await waitOnExecutionContext(ctx);
    const { results } = await env.DB.prepare("SELECT day FROM api_key_usage WHERE api_key_id = ? ORDER BY day DESC")
      .bind(id)
      .all<{ day: string }>();
    expect(results.map((r) => r.day)).toEqual(days.slice(0, 3));
  });
});

import newman, { type NewmanRunSummary } from "newman";
import { describe, expect, inject, it } from "vitest";
import { buildCollection } from "../tools/postman/collection.mjs";
import { BROWSER_TEST_NUMBERS, TEST_NUMBER_PAIRS } from "./start-worker.ts";

// The published Postman collection, run headless by newman against a fresh `wrangler dev` (with
// the loopback Telegram DC), exactly as a third party would run it after setting the variables.
const gatewayUrl = inject("gatewayUrl");
const apiKey = inject("apiKey");
const adminToken = inject("adminToken");

function runCollection(collection: object): Promise<NewmanRunSummary> {
  return new Promise((resolve, reject) =>
    newman.run({ collection, reporters: [], timeoutRequest: 20_000 }, (error, summary) =>
      error ? reject(error) : resolve(summary),
    ),
  );
}

describe("the Postman collection under newman", () => {
  it("runs as a workflow: every request answers its documented status and passes its checks", async () => {
    const collection = buildCollection() as { variable: { key: string; value: string }[] };
    const [phone, friendPhone] = TEST_NUMBER_PAIRS.postman;
    const inputs: Record<string, string> = {
      baseUrl: gatewayUrl,
      phone,
      friendPhone,
      code: BROWSER_TEST_NUMBERS.code,
      apiKey,
      adminToken,
    };
    for (const variable of collection.variable) variable.value = inputs[variable.key] ?? variable.value;

    const summary = await runCollection(collection);
    const failures = summary.run.failures.map(
      (failure) => `${failure.source?.name ?? "?"}: ${failure.error?.test ?? ""} ${failure.error?.message ?? ""}`,
    );
    expect(failures).toEqual([]);
    const executed = summary.run.executions.map((execution) => execution.item.name);
    expect(executed.length).toBeGreaterThan(40);
    expect(executed.at(-1)).toBe("Your token no longer works");
    expect(summary.run.stats.assertions.failed).toBe(0);
  }, 120_000);
});

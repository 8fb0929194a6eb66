import { describe, expect, it } from "vitest";
import { unstable_readConfig } from "wrangler";
import { PUSH_MAX_RETRIES } from "../queue.ts";

// The consumer records a push as dead on the attempt after which the queue gives up: it must know
// the queue's max_retries, so the constant and wrangler.toml are kept equal here.
describe("PUSH_MAX_RETRIES", () => {
  for (const env of [undefined, "staging", "dev"]) {
    it(`is the push consumer's max_retries in ${env ?? "production"}`, () => {
      const config = unstable_readConfig({ config: new URL("../../wrangler.toml", import.meta.url).pathname, env });
      // The push queue's consumer (the Telegram webhooks' queue has retries of its own).
      const consumers = (config.queues.consumers ?? []).filter((consumer: { queue: string }) =>
        consumer.queue.endsWith("-push"),
      );
      expect(consumers.length).toBe(1);
      for (const consumer of consumers) expect(consumer.max_retries).toBe(PUSH_MAX_RETRIES);
    });
  }
});

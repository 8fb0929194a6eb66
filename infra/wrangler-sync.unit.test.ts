// wrangler.toml and the Pulumi program in step: every D1/KV/R2/Queue binding of every deployed
// environment names a resource the program creates for that environment's stack, with the same
// name, and the queue consumer's dead-letter queue is the stack's DLQ. Adding a binding to
// wrangler.toml without adding its resource here (or the other way round) fails this test.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { unstable_readConfig } from "wrangler";
import { resourceNames, STACKS, type StackName } from "./names";
import { type RegisteredResource, resourcesOfType, runProgram } from "./run-with-mocks";

const wranglerToml = path.join(__dirname, "..", "wrangler.toml");
const docsAssetsToml = path.join(__dirname, "..", "docs-assets", "wrangler.toml");

function namesOf(resources: RegisteredResource[], type: string, field: string): unknown[] {
  return resourcesOfType(resources, `cloudflare:index/${type}`).map((resource) => resource.inputs[field]);
}

describe.each(Object.entries(STACKS) as [StackName, string][])(
  "stack %s ↔ wrangler.toml env %j",
  async (stack, env) => {
    const { resources } = await runProgram(stack, { accountId: "0123456789abcdef0123456789abcdef" });
    const config = unstable_readConfig({ config: wranglerToml, env: env || undefined });
    const created = {
      d1: namesOf(resources, "d1Database:D1Database", "name"),
      kv: namesOf(resources, "workersKvNamespace:WorkersKvNamespace", "title"),
      r2: namesOf(resources, "r2Bucket:R2Bucket", "name"),
      queues: namesOf(resources, "queue:Queue", "queueName"),
    };

    it("binds only D1 databases the stack creates, by name", () => {
      expect(config.d1_databases.length).toBeGreaterThan(0);
      for (const database of config.d1_databases) expect(created.d1).toContain(database.database_name);
    });

    it("binds only R2 buckets the stack creates, by name", () => {
      expect(config.r2_buckets.length).toBeGreaterThan(0);
      for (const bucket of config.r2_buckets) expect(created.r2).toContain(bucket.bucket_name);
    });

    it("produces to and consumes from queues the stack creates, with the stack's DLQ behind the consumer", () => {
      const producers = config.queues.producers ?? [];
      const consumers = config.queues.consumers ?? [];
      expect(producers.length).toBeGreaterThan(0);
      for (const producer of producers) expect(created.queues).toContain(producer.queue);
      expect(consumers.length).toBeGreaterThan(0);
      for (const consumer of consumers) {
        expect(created.queues).toContain(consumer.queue);
        // The Telegram webhooks' queue has none: a failing webhook is marked failing instead.
        if (consumer.queue.endsWith("-telegram-webhooks")) {
          expect(consumer.dead_letter_queue).toBeUndefined();
          continue;
        }
        expect(consumer.dead_letter_queue).toBeDefined();
        expect(created.queues).toContain(consumer.dead_letter_queue);
        // A DLQ that is its own queue's consumer target would loop failed jobs forever.
        expect(consumer.dead_letter_queue).not.toBe(consumer.queue);
        expect(consumer.max_retries).toBeGreaterThan(0);
      }
      // Every queue the stack creates is used: the push queue by the producer, the DLQ by the consumer.
      const used = new Set([
        ...producers.map((producer: { queue: string }) => producer.queue),
        ...consumers.map((consumer: { dead_letter_queue?: string }) => consumer.dead_letter_queue),
      ]);
      used.delete(undefined);
      expect([...used].sort()).toEqual([...created.queues].sort());
    });

    it("has one KV binding per KV namespace the stack creates (its id comes from `npm run infra:sync`)", () => {
      // A KV binding carries only an id, no title: the id is the stack's kvNamespaceId output once synced.
      expect(config.kv_namespaces.length).toBe(created.kv.length);
    });

    it("binds ASSETS to the docs-assets Worker that `npm run deploy` deploys for the same environment", () => {
      const docsAssets = unstable_readConfig({ config: docsAssetsToml, env: env || undefined });
      expect(docsAssets.name).toBe(resourceNames(stack).docsAssetsWorker);
      expect(docsAssets.assets?.directory).toBeDefined();
      expect(config.services).toEqual([{ binding: "ASSETS", service: docsAssets.name }]);
    });

    it("deploys the Worker the stack's custom domain points at", async () => {
      const { resources: withDomain } = await runProgram(stack, {
        accountId: "0123456789abcdef0123456789abcdef",
        zoneId: "fedcba9876543210fedcba9876543210",
        apiHostname: "api.example.test",
      });
      expect(namesOf(withDomain, "workersCustomDomain:WorkersCustomDomain", "service")).toEqual([config.name]);
    });
  },
);

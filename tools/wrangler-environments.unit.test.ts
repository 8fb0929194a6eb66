// wrangler does not carry vars or bindings from the top level into an [env.*] section: each one
// must repeat them. This keeps the three sections of wrangler.toml alike, so a var or binding
// added to one and forgotten in another fails here instead of being undefined in that Worker.
import { describe, expect, it } from "vitest";
import { unstable_readConfig } from "wrangler";

const read = (env: string) =>
  unstable_readConfig({ config: new URL("../wrangler.toml", import.meta.url).pathname, env: env || undefined });
const production = read("");
const environments = { staging: read("staging"), dev: read("dev") };

type Binding = { binding: string };
type Named = { name: string; class_name?: string };
type Queue = { queue: string; binding?: string; dead_letter_queue?: string };

/** The binding names of every kind wrangler does not inherit. */
function bindingNames(config: ReturnType<typeof read>) {
  return {
    vars: Object.keys(config.vars).sort(),
    durableObjects: config.durable_objects.bindings.map((b: Named) => `${b.name}=${b.class_name}`).sort(),
    d1: config.d1_databases.map((b: Binding) => b.binding).sort(),
    kv: config.kv_namespaces.map((b: Binding) => b.binding).sort(),
    r2: config.r2_buckets.map((b: Binding) => b.binding).sort(),
    queueProducers: (config.queues.producers ?? []).map((b: Queue) => b.binding).sort(),
    queueConsumers: (config.queues.consumers ?? []).length,
    services: (config.services ?? []).map((b: Binding) => b.binding).sort(),
  };
}

describe.each(Object.entries(environments))("[env.%s]", (name, config) => {
  it("declares every var and binding the top level (production) declares, and no others", () => {
    expect(bindingNames(config)).toEqual(bindingNames(production));
  });

  it("uses resources of its own, none of production's", () => {
    const ownNames = (c: ReturnType<typeof read>) =>
      [
        ...c.d1_databases.map((d: { database_name?: string }) => d.database_name),
        ...c.r2_buckets.map((b: { bucket_name?: string }) => b.bucket_name),
        ...(c.queues.producers ?? []).map((q: Queue) => q.queue),
        ...(c.queues.consumers ?? []).flatMap((q: Queue) => [q.queue, q.dead_letter_queue]),
        // A consumer without a dead-letter queue (the Telegram webhooks) names none.
      ].filter((resource) => resource !== undefined);
    for (const resource of ownNames(config)) expect(ownNames(production)).not.toContain(resource);
    expect(config.name).toBe(`big-gateway-${name}`);
  });
});

describe("what each section runs as", () => {
  it("deploys production by default, staging under production rules, and keeps development local", () => {
    expect(production.vars.ENVIRONMENT).toBe("production");
    expect(environments.staging.vars.ENVIRONMENT).toBe("staging");
    expect(environments.dev.vars.ENVIRONMENT).toBe("development");
    expect(production.vars.SMS_PROVIDER).toBe("twilio");
    expect(environments.staging.vars.SMS_PROVIDER).toBe("twilio");
  });

  it("gives a by-hand deploy of the local section no URL to be reached at", () => {
    expect(environments.dev.workers_dev).toBe(false);
    expect(environments.dev.preview_urls).toBe(false);
    expect(environments.dev.routes ?? []).toEqual([]);
  });

  it("inherits the Durable Object migrations and triggers from the top level", () => {
    for (const config of Object.values(environments)) {
      expect(config.migrations).toEqual(production.migrations);
      expect(config.triggers).toEqual(production.triggers);
    }
  });
});

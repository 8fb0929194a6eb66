// The Pulumi program, run against pulumi.runtime.setMocks (no CLI, no account): which resources a
// stack gets, under which names, and that its secrets stay secret.
import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it } from "vitest";
import { resourceNames } from "./names";
import { ABORT_MULTIPART_AFTER_SECONDS } from "./program";
import { resourcesOfType, runProgram, settled } from "./run-with-mocks";

const production = {
  accountId: "0123456789abcdef0123456789abcdef",
  zoneId: "fedcba9876543210fedcba9876543210",
  docsHostname: "docs.iambig.ai",
  apiHostname: "api.iambig.ai",
  twilioAccountSid: "AC00000000000000000000000000000000",
  twilioAuthToken: "twilio-auth-token-from-config",
  twilioFrom: "+15550100000",
};

describe("the Pulumi program, stack production", async () => {
  const { outputs, resources } = await runProgram("production", production, ["twilioAuthToken"]);
  const inputsOf = (type: string) => resourcesOfType(resources, `cloudflare:index/${type}`).map((r) => r.inputs);

  it("creates the D1 database, KV namespace, R2 bucket and the queues under the production names", () => {
    expect(inputsOf("d1Database:D1Database")).toEqual([expect.objectContaining({ name: "big-gateway" })]);
    expect(inputsOf("workersKvNamespace:WorkersKvNamespace")).toEqual([
      expect.objectContaining({ title: "big-gateway-cache" }),
    ]);
    expect(inputsOf("r2Bucket:R2Bucket")).toEqual([expect.objectContaining({ name: "big-gateway-attachments" })]);
    expect(inputsOf("queue:Queue").map((q) => q.queueName)).toEqual([
      "big-gateway-push",
      "big-gateway-push-dlq",
      "big-gateway-telegram-webhooks",
    ]);
    for (const inputs of resources.filter((r) => r.type.startsWith("cloudflare:")).map((r) => r.inputs)) {
      if ("accountId" in inputs) expect(inputs.accountId).toBe(production.accountId);
    }
  });

  it("makes the dead-letter queue a queue of its own, with no consumer (wrangler.toml wires it to the Worker's)", async () => {
    expect(await settled(outputs.pushDeadLetterQueue)).toBe("big-gateway-push-dlq");
    expect(await settled(outputs.pushQueue)).toBe("big-gateway-push");
    // A consumer here would fight the one `wrangler deploy` registers (wrangler-sync.unit.test.ts checks that one).
    expect(resourcesOfType(resources, "cloudflare:index/queueConsumer:QueueConsumer")).toEqual([]);
  });

  it("aborts incomplete multipart uploads in the attachments bucket after a day", () => {
    expect(inputsOf("r2BucketLifecycle:R2BucketLifecycle")).toEqual([
      {
        accountId: production.accountId,
        bucketName: "big-gateway-attachments",
        rules: [
          {
            id: "abort-incomplete-multipart-uploads",
            enabled: true,
            conditions: { prefix: "" },
            abortMultipartUploadsTransition: { condition: { type: "Age", maxAge: ABORT_MULTIPART_AFTER_SECONDS } },
          },
        ],
      },
    ]);
    expect(ABORT_MULTIPART_AFTER_SECONDS).toBe(86_400);
  });

  it("puts the docs portal on its hostname and the API's hostname on the Worker", () => {
    expect(inputsOf("workersCustomDomain:WorkersCustomDomain")).toEqual([
      expect.objectContaining({ zoneId: production.zoneId, hostname: "docs.iambig.ai", service: "big-gateway-docs" }),
      expect.objectContaining({ zoneId: production.zoneId, hostname: "api.iambig.ai", service: "big-gateway" }),
    ]);
  });

  it("marks the Worker's secrets secret, and they meet the Worker's own rules", async () => {
    expect(await pulumi.isSecret(outputs.workerSecrets)).toBe(true);
    const secrets = await settled(outputs.workerSecrets);
    expect(Object.keys(secrets).sort()).toEqual([
      "JWT_SECRET",
      "SESSION_SECRET",
      "TWILIO_ACCOUNT_SID",
      "TWILIO_AUTH_TOKEN",
      "TWILIO_FROM",
    ]);
    expect(secrets.TWILIO_AUTH_TOKEN).toBe(production.twilioAuthToken);
    expect(secrets.JWT_SECRET).not.toBe(secrets.SESSION_SECRET);
    for (const password of resourcesOfType(resources, "random:index/randomPassword:RandomPassword")) {
      expect(password.inputs.length).toBeGreaterThanOrEqual(32);
    }
    // Nothing else that is exported carries a secret value.
    for (const [name, value] of Object.entries(outputs)) {
      if (name === "workerSecrets" || !pulumi.Output.isInstance(value)) continue;
      expect(JSON.stringify(await settled(value as pulumi.Output<unknown>))).not.toContain(production.twilioAuthToken);
    }
  });
});

describe("the Pulumi program, stack staging", async () => {
  // No hostnames and no Twilio yet: the stack still creates its storage, under its own names.
  const { outputs, resources } = await runProgram("staging", { accountId: production.accountId });
  const names = resourceNames("staging");

  it("names every resource for staging, none shared with production", () => {
    const created = resources.map((r) => r.inputs.name ?? r.inputs.title ?? r.inputs.queueName).filter(Boolean);
    expect(created.sort()).toEqual(
      [
        names.d1Database,
        names.kvNamespace,
        names.r2Bucket,
        names.pushQueue,
        names.pushDeadLetterQueue,
        names.telegramWebhookQueue,
      ].sort(),
    );
    const productionNames = Object.values(resourceNames("production"));
    for (const name of created) expect(productionNames).not.toContain(name);
  });

  it("attaches no hostname until one is configured, and leaves unset secrets out", async () => {
    expect(resources.filter((r) => /Domain|DnsRecord/.test(r.type))).toEqual([]);
    expect(Object.keys(await settled(outputs.workerSecrets)).sort()).toEqual(["JWT_SECRET", "SESSION_SECRET"]);
  });
});

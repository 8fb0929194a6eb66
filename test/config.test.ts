import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { appWithProbes } from "./helpers/app-with-probe.ts";
import { deployedEnv } from "./helpers/deployed-env.ts";

const { call } = appWithProbes();

describe("configuration", () => {
  it("serves local development with no secrets set", async () => {
    const res = await call("/api/telegram-proxy/health");
    expect(res.status).toBe(200);
  });

  it("refuses to serve in production without its secrets, naming them and nothing else", async () => {
    const res = await call("/api/telegram-proxy/health", {}, { ...env, ENVIRONMENT: "production" });
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("CONFIG_INVALID");
    expect(body.error.message).toContain("JWT_SECRET is required in production");
    expect(body.error.message).toContain("SESSION_SECRET is required in production");
  });

  it("fails closed when ENVIRONMENT is missing: it is production, and refuses to serve without secrets", async () => {
    const { ENVIRONMENT: _, ...withoutEnvironment } = env;
    const res = await call("/api/telegram-proxy/health", {}, withoutEnvironment);
    expect(res.status).toBe(500);
    expect(await res.text()).toContain("JWT_SECRET is required in production");
  });

  it("holds staging to the production rules", async () => {
    const res = await call("/api/telegram-proxy/health", {}, { ...env, ENVIRONMENT: "staging" });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).toContain("JWT_SECRET is required in production");
    expect(text).toContain("SESSION_SECRET is required in production");
  });

  it("refuses the public development secrets in production without echoing them", async () => {
    const devSecret = "dev-only-jwt-secret-do-not-use-in-production-0000";
    const res = await call(
      "/api/telegram-proxy/health",
      {},
      { ...env, ENVIRONMENT: "production", JWT_SECRET: devSecret, SESSION_SECRET: "s".repeat(40) },
    );
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).toContain("JWT_SECRET must not be the public development default");
    expect(text).not.toContain(devSecret);
  });

  it("serves production once every secret is set", async () => {
    const res = await call("/api/telegram-proxy/health", {}, deployedEnv());
    expect(res.status).toBe(200);
  });

  it("refuses an SFU app id without its token, and a plain-http SFU in production: the token would travel in clear", async () => {
    const noToken = await call("/api/telegram-proxy/health", {}, { ...env, SFU_APP_TOKEN: undefined });
    expect(noToken.status).toBe(500);
    expect(await noToken.text()).toContain("SFU_APP_TOKEN is required when SFU_APP_ID is set");
    const plain = await call(
      "/api/telegram-proxy/health",
      {},
      deployedEnv("production", { SFU_API_BASE: "http://sfu.test" }),
    );
    expect(plain.status).toBe(500);
    expect(await plain.text()).toContain("SFU_API_BASE must be https in production");
  });

  it("refuses a plain-http AI_BASE_URL in production: the AI key would travel in clear", async () => {
    const res = await call(
      "/api/telegram-proxy/health",
      {},
      deployedEnv("production", { AI_BASE_URL: "http://ai.example/v1" }),
    );
    expect(res.status).toBe(500);
    expect(await res.text()).toContain("AI_BASE_URL must be https in production");
  });

  it("rejects an invalid var with a clear message", async () => {
    const res = await call("/api/telegram-proxy/health", {}, { ...env, MAX_BODY_BYTES: "lots" });
    expect(res.status).toBe(500);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain("MAX_BODY_BYTES");
  });
});

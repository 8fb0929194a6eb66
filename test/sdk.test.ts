import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createClient } from "../sdk/index.ts";

const api = createClient({ baseUrl: "http://gateway", fetch: (request) => exports.default.fetch(request) });

describe("the SDK", () => {
  it("calls GET /api/v1/health with typed data", async () => {
    const { data, error, response } = await api.GET("/api/v1/health");
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.success).toBe(true);
    expect(data?.data.checks.d1?.ok).toBe(true);
  });

  it("calls the Telegram proxy health endpoint", async () => {
    const { data } = await api.GET("/api/telegram-proxy/health");
    expect(data?.status).toBe("ok");
  });

  it("sends the configured token as a bearer header, asking for it on each request", async () => {
    let asked = 0;
    const seen: (string | null)[] = [];
    const client = createClient({
      baseUrl: "http://gateway",
      token: () => `token-${++asked}`,
      fetch: (request) => {
        seen.push(request.headers.get("authorization"));
        return exports.default.fetch(request);
      },
    });
    await client.GET("/api/telegram-proxy/health");
    await client.GET("/api/telegram-proxy/health");
    expect(seen).toEqual(["Bearer token-1", "Bearer token-2"]);
  });
});

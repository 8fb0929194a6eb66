import { describe, expect, it } from "vitest";
import type { Config } from "../env.ts";
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken, verifyAccessToken } from "./access-token.ts";

const config = { jwtSecret: "a-test-secret-of-enough-length-0123456789" } as Config;
const other = { jwtSecret: "another-secret-of-enough-length-987654321" } as Config;
const claims = { userId: "usr_1", sessionId: "ses_1" };
const code = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: { code?: string }) => error.code,
  );

describe("verifyAccessToken", () => {
  it("accepts its own token again and again, and refuses it once expired even after a cached check", async () => {
    const now = Date.now();
    const token = await signAccessToken(claims, config, now);
    expect(await verifyAccessToken(token, config, now)).toEqual(claims);
    expect(await verifyAccessToken(token, config, now + 1000)).toEqual(claims);
    expect(await code(verifyAccessToken(token, config, now + (ACCESS_TOKEN_TTL_SECONDS + 1) * 1000))).toBe(
      "TOKEN_EXPIRED",
    );
  });

  it("refuses a token verified before once the secret is another one, and a tampered token", async () => {
    const now = Date.now();
    const token = await signAccessToken(claims, config, now);
    await verifyAccessToken(token, config, now);
    expect(await code(verifyAccessToken(token, other, now))).toBe("UNAUTHORIZED");
    const [header, payload, signature] = token.split(".");
    const forged = `${header}.${payload}.${signature?.slice(0, -2)}AA`;
    expect(await code(verifyAccessToken(forged, config, now))).toBe("UNAUTHORIZED");
  });
});

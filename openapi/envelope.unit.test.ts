import { z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { ErrorEnvelopeSchema, errors, successEnvelope } from "./envelope.ts";

describe("envelope schemas", () => {
  it("accept the two shapes every answer takes and refuse a mix", () => {
    expect(successEnvelope(z.object({ id: z.number() })).safeParse({ success: true, data: { id: 1 } }).success).toBe(
      true,
    );
    expect(ErrorEnvelopeSchema.safeParse({ success: false, error: { code: "X", message: "y" } }).success).toBe(true);
    expect(ErrorEnvelopeSchema.safeParse({ success: true, error: { code: "X", message: "y" } }).success).toBe(false);
  });

  it("documents Retry-After on 429", () => {
    expect(errors(429)[429].headers["Retry-After"]).toBeDefined();
  });
});

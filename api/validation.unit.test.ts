import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldIssues } from "./validation.ts";

describe("fieldIssues", () => {
  it("names nested fields with dotted paths a client can map to inputs", () => {
    const schema = z.object({ contacts: z.array(z.object({ phone: z.string().min(3) })) });
    const result = schema.safeParse({ contacts: [{ phone: "12345" }, { phone: "1" }] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldIssues(result.error.issues)).toEqual([
      { path: "contacts.1.phone", message: expect.stringContaining("3"), code: "too_small" },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { repositoryViolations, violations } from "./layering.ts";

describe("the layers import one way (contract ← api → durable → contract)", () => {
  it("no file in openapi/, api/, durable/ or sdk/ imports across a forbidden arrow", () => {
    expect(repositoryViolations(process.cwd())).toEqual([]);
  });

  it("catches each kind of forbidden import", () => {
    expect(violations("openapi/chats.ts", 'import { x } from "../durable/chat/rules.ts";')).toEqual([
      { file: "openapi/chats.ts", imports: "durable/chat/rules.ts" },
    ]);
    expect(violations("openapi/chats.ts", 'export type { Env } from "../api/env.ts";')).toHaveLength(1);
    expect(violations("durable/chat/store.ts", 'import type { AppEnv } from "../../api/env.ts";')).toHaveLength(1);
    expect(violations("api/chats/handlers.ts", 'const m = await import("../../durable/chat/store.ts");')).toHaveLength(
      1,
    );
    // What is allowed: the objects' front door, the contract, and packages.
    expect(
      violations(
        "api/chats/handlers.ts",
        'import { ChatDO } from "../../durable/index.ts";\nimport { z } from "zod";\nimport "../../openapi/chats.ts";',
      ),
    ).toEqual([]);
    // Only the Worker entry may import the classes (for wrangler); a handler may not.
    expect(violations("api/index.ts", 'export { ChatDO } from "../durable/objects.ts";')).toEqual([]);
    expect(violations("api/chats/handlers.ts", 'import { ChatDO } from "../../durable/objects.ts";')).toHaveLength(1);
    expect(violations("sdk/client.ts", 'import type { User } from "../openapi/users.ts";')).toHaveLength(1);
    expect(violations("durable/user/user-do.ts", 'import { DurableObject } from "cloudflare:workers";')).toEqual([]);
  });
});

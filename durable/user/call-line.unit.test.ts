import { describe, expect, it } from "vitest";
import { nodeSqlStorage } from "../sql/node-sqlite.ts";
import { CallLine } from "./call-line.ts";

describe("a user's call line", () => {
  it("makes the user busy while another live call holds it, and is taken over from a call that is over", async () => {
    const line = new CallLine(nodeSqlStorage());
    const live = new Set(["call_a"]);
    const holds = async (callId: string) => live.has(callId);
    expect(await line.claim("call_a", 1, holds)).toBe(true);
    expect(await line.claim("call_a", 2, holds)).toBe(true);
    expect(await line.claim("call_b", 3, holds)).toBe(false);
    expect(line.current()).toBe("call_a");
    // call_a ended without freeing the line: it is stale.
    live.delete("call_a");
    expect(await line.claim("call_b", 4, holds)).toBe(true);
    line.release("call_a");
    expect(line.current()).toBe("call_b");
    line.release("call_b");
    expect(line.current()).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { KeyedQueue } from "./queue.ts";

describe("KeyedQueue", () => {
  it("runs work of one key one at a time in arrival order, other keys alongside, and goes on after a failure", async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = queue.run("a", async () => {
      log.push("a1 start");
      await gate;
      log.push("a1 end");
      throw new Error("a1 failed");
    });
    const second = queue.run("a", async () => {
      log.push("a2");
      return 2;
    });
    const other = queue.run("b", async () => {
      log.push("b1");
      return "b";
    });
    expect(await other).toBe("b");
    expect(log).toEqual(["a1 start", "b1"]);
    release();
    await expect(first).rejects.toThrow("a1 failed");
    expect(await second).toBe(2);
    expect(log).toEqual(["a1 start", "b1", "a1 end", "a2"]);
  });
});

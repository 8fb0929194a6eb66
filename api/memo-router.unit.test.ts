import { Hono } from "hono";
import { TrieRouter } from "hono/router/trie-router";
import { describe, expect, it } from "vitest";
import { MemoRouter } from "./memo-router.ts";

const routes: [string, string, string][] = [
  ["ALL", "*", "middleware"],
  ["GET", "/api/v1/me", "me"],
  ["POST", "/api/v1/chats/dialogs", "openDialog"],
  ["POST", "/api/v1/chats/:chatId/messages", "send"],
  ["GET", "/api/v1/chats/:chatId/messages", "history"],
];

function both(capacity?: number) {
  const memo = new MemoRouter<string>(capacity);
  const trie = new TrieRouter<string>();
  for (const [method, path, handler] of routes) {
    memo.add(method, path, handler);
    trie.add(method, path, handler);
  }
  return { memo, trie };
}

describe("MemoRouter", () => {
  it("answers what the trie answers, the second time as the first, params per path", () => {
    const { memo, trie } = both();
    const asked: [string, string][] = [
      ["GET", "/api/v1/me"],
      ["POST", "/api/v1/chats/dialogs"],
      ["POST", "/api/v1/chats/dlg_a/messages"],
      ["POST", "/api/v1/chats/dlg_b/messages"],
      ["GET", "/api/v1/chats/dlg_a/messages"],
      ["DELETE", "/api/v1/me"],
      ["GET", "/nowhere"],
    ];
    for (const [method, path] of [...asked, ...asked]) {
      expect(memo.match(method, path)).toEqual(trie.match(method, path));
    }
    expect(memo.size).toBe(asked.length);
    const params = (path: string) => memo.match("POST", path)[0].map(([, p]) => p);
    expect(params("/api/v1/chats/dlg_a/messages")).toContainEqual({ chatId: "dlg_a" });
    expect(params("/api/v1/chats/dlg_b/messages")).toContainEqual({ chatId: "dlg_b" });
  });

  it("keeps at most its capacity, dropping the oldest, and never a very long path", () => {
    const { memo } = both(2);
    for (const id of ["a", "b", "c"]) memo.match("POST", `/api/v1/chats/${id}/messages`);
    expect(memo.size).toBe(2);
    memo.match("GET", `/api/v1/chats/${"x".repeat(300)}/messages`);
    expect(memo.size).toBe(2);
  });

  it("forgets its answers when a route is added", () => {
    const { memo } = both();
    memo.match("GET", "/api/v1/health");
    memo.add("GET", "/api/v1/health", "health");
    expect(memo.size).toBe(0);
    expect(memo.match("GET", "/api/v1/health")[0].map(([handler]) => handler)).toContain("health");
  });

  it("routes a Hono app like its default router", async () => {
    const app = new Hono({ router: new MemoRouter() });
    app.use(async (c, next) => {
      await next();
      c.header("x-seen", "1");
    });
    app.post("/chats/dialogs", (c) => c.text("dialogs"));
    app.post("/chats/:chatId/messages", (c) => c.text(`send to ${c.req.param("chatId")}`));
    for (let round = 0; round < 2; round++) {
      const sent = await app.request("/chats/dlg_1/messages", { method: "POST" });
      expect(await sent.text()).toBe("send to dlg_1");
      expect(sent.headers.get("x-seen")).toBe("1");
      expect(await (await app.request("/chats/dialogs", { method: "POST" })).text()).toBe("dialogs");
      expect((await app.request("/chats/dialogs")).status).toBe(404);
    }
  });
});

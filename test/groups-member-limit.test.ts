import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { api, drain, users } from "./helpers/messaging.ts";

describe("GROUP_MEMBER_LIMIT (default 1,000)", () => {
  it("fills a group to exactly 1,000 members and refuses the 1,001st with 409", { timeout: 60_000 }, async () => {
    const [owner] = await users(1);
    if (!owner) throw new Error("users");
    const ids = Array.from({ length: 1000 }, (_, i) => `usr_limit${String(i).padStart(4, "0")}`);
    const now = Date.now();
    await env.DB.batch(
      ids.map((id, i) =>
        env.DB.prepare("INSERT INTO users (id, phone, created_at, updated_at) VALUES (?, ?, ?, ?)").bind(
          id,
          `+1666${String(1_000_000 + i).slice(-7)}`,
          now,
          now,
        ),
      ),
    );
    const created = await api<{ chat: { id: string; memberCount: number } }>(owner, "POST", "/groups", {
      title: "Stadium",
      memberIds: ids.slice(0, 199),
    });
    expect(created.status).toBe(201);
    const chatId = created.body.data.chat.id;
    for (let start = 199; start < 999; start += 200) {
      const res = await api<{ chat: { memberCount: number } }>(owner, "POST", `/groups/${chatId}/members`, {
        userIds: ids.slice(start, start + 200),
      });
      expect(res.status).toBe(200);
    }
    const full = await api<{ chat: { memberCount: number } }>(owner, "GET", `/chats/${chatId}`);
    expect(full.body.data.chat.memberCount).toBe(1000);
    const over = await api(owner, "POST", `/groups/${chatId}/members`, { userIds: [ids[999]] });
    expect(over.status).toBe(409);
    expect(over.body.error.code).toBe("MEMBER_LIMIT_REACHED");
    await drain(chatId, 50_000);
  });
});

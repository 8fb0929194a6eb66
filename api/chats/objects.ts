import type { Bindings } from "../env.ts";

// How handlers reach the messaging Durable Objects. Handlers never touch their storage: they call
// RPC methods and turn a refusal back into the API's error envelope (../objects/unwrap.ts).

export function chatObject(env: Bindings, chatId: string) {
  return env.CHAT.get(env.CHAT.idFromName(chatId));
}

export function userObject(env: Bindings, userId: string) {
  return env.USER.get(env.USER.idFromName(userId));
}

/** A dialog's id is derived from its two members, so the same pair always gets the same chat. */
export async function dialogId(a: string, b: string): Promise<string> {
  const [first, second] = a < b ? [a, b] : [b, a];
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`dialog\n${first}\n${second}`));
  const hex = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `dlg_${hex.slice(0, 32)}`;
}

export function newGroupId(): string {
  return `grp_${crypto.randomUUID().replace(/-/g, "")}`;
}

// D1 allows at most 100 bound parameters per statement.
const D1_CHUNK = 90;

/** The ids among `userIds` that are not users, in the order given. */
export async function unknownUsers(db: D1Database, userIds: string[]): Promise<string[]> {
  const wanted = [...new Set(userIds)];
  const found = new Set<string>();
  for (let i = 0; i < wanted.length; i += D1_CHUNK) {
    const chunk = wanted.slice(i, i + D1_CHUNK);
    const { results } = await db
      .prepare(`SELECT id FROM users WHERE id IN (${chunk.map(() => "?").join(", ")})`)
      .bind(...chunk)
      .all<{ id: string }>();
    for (const row of results) found.add(row.id);
  }
  return wanted.filter((id) => !found.has(id));
}

import type { MemberRole, MessagePreview, MessageStatus } from "../../openapi/messaging-types.ts";

// Plain rules of a chat, free of storage, so they are unit-tested in Node.

export const PREVIEW_CHARS = 120;
/** A user may put at most this many different emoji on one message. */
export const MAX_REACTIONS_PER_USER_PER_MESSAGE = 8;

/** The sender's view of a message: read once another member's read marker passed it, and so on. */
export function messageStatus(
  seq: number,
  others: { maxReadSeq: number; maxDeliveredSeq: number; count: number },
): MessageStatus {
  // Saved messages have no other member: what you wrote to yourself you have read.
  if (others.count === 0) return "read";
  if (others.maxReadSeq >= seq) return "read";
  if (others.maxDeliveredSeq >= seq) return "delivered";
  return "sent";
}

export function previewText(text: string): string {
  if (text.length <= PREVIEW_CHARS) return text;
  return `${text.slice(0, PREVIEW_CHARS - 1)}…`;
}

export function toPreview(row: {
  seq: number;
  senderId: string;
  text: string;
  attachmentCount: number;
  createdAt: number;
}): MessagePreview {
  return {
    seq: row.seq,
    senderId: row.senderId,
    text: previewText(row.text),
    hasAttachments: row.attachmentCount > 0,
    createdAt: row.createdAt,
  };
}

/** Who may change a group's title and about, and add members. */
export function canManageGroup(role: MemberRole): boolean {
  return role === "owner" || role === "admin";
}

/**
 * Whether `actor` may remove `target` from a group. Anyone may leave; the owner removes anyone;
 * an admin removes plain members only.
 */
export function canRemoveMember(
  actor: { userId: string; role: MemberRole },
  target: { userId: string; role: MemberRole },
) {
  if (actor.userId === target.userId) return true;
  if (actor.role === "owner") return true;
  return actor.role === "admin" && target.role === "member";
}

/** Delete for everyone: the author, or an owner/admin of a group. Never a dialog partner. */
export function canDeleteForEveryone(
  chatKind: "dialog" | "group",
  actor: { userId: string; role: MemberRole },
  authorId: string,
) {
  if (actor.userId === authorId) return true;
  return chatKind === "group" && canManageGroup(actor.role);
}

/** The member who inherits a group when its owner leaves: the longest-serving admin, else member. */
export function nextOwner(
  remaining: { userId: string; role: MemberRole; joinedAt: number }[],
): { userId: string } | undefined {
  const byTenure = [...remaining].sort((a, b) => a.joinedAt - b.joinedAt || a.userId.localeCompare(b.userId));
  return byTenure.find((m) => m.role === "admin") ?? byTenure[0];
}

export type PageQuery = { before?: number; after?: number; around?: number; limit: number };

/**
 * The SQL windows a history page reads: at most two range scans on the seq primary key, each
 * with a LIMIT, so a page costs the same however long the history is.
 */
export function pageWindows(query: PageQuery): {
  olderThan?: number;
  olderLimit: number;
  fromSeq?: number;
  newerLimit: number;
} {
  const { limit } = query;
  if (query.around !== undefined) {
    const olderLimit = Math.floor(limit / 2);
    return { olderThan: query.around, olderLimit, fromSeq: query.around, newerLimit: limit - olderLimit };
  }
  if (query.after !== undefined) return { olderLimit: 0, fromSeq: query.after + 1, newerLimit: limit };
  if (query.before !== undefined) return { olderThan: query.before, olderLimit: limit, newerLimit: 0 };
  return { olderThan: Number.MAX_SAFE_INTEGER, olderLimit: limit, newerLimit: 0 };
}

/** Retry delay for an outbox row that failed `attempts` times: 1 s, 2 s, 4 s … capped at 5 minutes. */
export function outboxBackoffMs(attempts: number): number {
  return Math.min(300_000, 1000 * 2 ** Math.max(0, attempts - 1));
}

/** Pinning messages: either member of a dialog; a group's owner and admins. */
export function canPinMessages(chatKind: "dialog" | "group", role: MemberRole): boolean {
  return chatKind === "dialog" || canManageGroup(role);
}

/**
 * What a push notification says for a message's attachments: "Photo", "Video", "Audio" or
 * "File: name" for the first one, with "+N" when there are more; null without attachments.
 */
export function attachmentLabel(attachments: { name: string; mimeType: string }[]): string | null {
  const [first, ...rest] = attachments;
  if (!first) return null;
  const kind = first.mimeType.split("/")[0];
  const label =
    kind === "image" ? "Photo" : kind === "video" ? "Video" : kind === "audio" ? "Audio" : `File: ${first.name}`;
  return rest.length > 0 ? `${label} +${rest.length}` : label;
}

// Group invitations in D1 (migrations/0012_privacy_blocks.sql): what someone gets instead of a
// membership when their "add me to groups" setting does not admit the adder.

/** An unanswered invitation lapses after a week (the scheduled cleanup then deletes it). */
export const INVITATION_TTL_MS = 7 * 86_400_000;

type InvitationRow = {
  id: string;
  chat_id: string;
  title: string;
  inviter_id: string;
  invitee_id: string;
  created_at: number;
  expires_at: number;
};

export function toInvitation(row: InvitationRow) {
  return {
    id: row.id,
    chatId: row.chat_id,
    title: row.title,
    inviterId: row.inviter_id,
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: new Date(row.expires_at).toISOString(),
  };
}

/** Invites each of `inviteeIds` (one invitation per group and invitee: a repeat renews it). */
export async function invite(
  db: D1Database,
  invitation: { chatId: string; title: string; inviterId: string; inviteeIds: string[] },
  now: number,
) {
  if (invitation.inviteeIds.length === 0) return;
  await db.batch(
    invitation.inviteeIds.map((inviteeId) =>
      db
        .prepare(
          `INSERT INTO group_invitations (id, chat_id, title, inviter_id, invitee_id, created_at, expires_at)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
           ON CONFLICT(chat_id, invitee_id) DO UPDATE SET
             title = excluded.title, inviter_id = excluded.inviter_id, created_at = excluded.created_at,
             expires_at = excluded.expires_at`,
        )
        .bind(
          `inv_${crypto.randomUUID().replace(/-/g, "")}`,
          invitation.chatId,
          invitation.title,
          invitation.inviterId,
          inviteeId,
          now,
          now + INVITATION_TTL_MS,
        ),
    ),
  );
}

export async function invitationsFor(db: D1Database, inviteeId: string, now: number) {
  const { results } = await db
    .prepare(
      "SELECT * FROM group_invitations WHERE invitee_id = ? AND expires_at > ? ORDER BY created_at DESC LIMIT 100",
    )
    .bind(inviteeId, now)
    .all<InvitationRow>();
  return results.map(toInvitation);
}

/** Removes the invitee's own live invitation and answers it; null for anyone else's or none. */
export async function takeInvitation(db: D1Database, inviteeId: string, invitationId: string, now: number) {
  const row = await db
    .prepare("DELETE FROM group_invitations WHERE id = ? AND invitee_id = ? RETURNING *")
    .bind(invitationId, inviteeId)
    .first<InvitationRow>();
  return row && row.expires_at > now ? row : null;
}

/** Invitations of users blocked by (or blocking) `userId` go when the block is made. */
export async function dropInvitationsBetween(db: D1Database, a: string, b: string) {
  await db
    .prepare(
      "DELETE FROM group_invitations WHERE (inviter_id = ?1 AND invitee_id = ?2) OR (inviter_id = ?2 AND invitee_id = ?1)",
    )
    .bind(a, b)
    .run();
}

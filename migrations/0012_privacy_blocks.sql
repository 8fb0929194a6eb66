-- Abuse and privacy (issue 16): who may add a user to groups and see their presence, who they
-- blocked, the group invitations waiting for their answer, and the messages users reported.

-- One row per user who changed a setting; a missing row means the defaults (everyone).
CREATE TABLE privacy_settings (
  user_id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  add_to_groups TEXT NOT NULL DEFAULT 'everyone', -- everyone | contacts | nobody
  presence TEXT NOT NULL DEFAULT 'everyone',      -- everyone | contacts | nobody (last seen + online + typing)
  updated_at INTEGER NOT NULL
);

CREATE TABLE blocks (
  blocker_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  blocked_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (blocker_id, blocked_id)
);
-- "Who blocked this user": asked on every send and every relay of presence.
CREATE INDEX blocks_blocked ON blocks (blocked_id);

-- Someone tried to add a user whose "add me to groups" setting did not allow it: the user gets an
-- invitation to accept or decline instead of a membership. One per (group, invitee).
CREATE TABLE group_invitations (
  id TEXT PRIMARY KEY,                 -- inv_…
  chat_id TEXT NOT NULL,
  inviter_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  invitee_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  title TEXT NOT NULL,                 -- the group's title when invited (the invitee cannot read the group yet)
  expires_at INTEGER NOT NULL,         -- unix ms; the scheduled cleanup drops expired ones
  UNIQUE (chat_id, invitee_id)
);
CREATE INDEX group_invitations_invitee ON group_invitations (invitee_id, created_at);
CREATE INDEX group_invitations_expiry ON group_invitations (expires_at);

-- Reported messages, for moderation: a copy of the text as the reporter saw it.
CREATE TABLE message_reports (
  id TEXT PRIMARY KEY,                 -- rep_…
  reporter_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  chat_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  sender_id TEXT NOT NULL,
  text TEXT NOT NULL,
  reason TEXT NOT NULL,                -- spam | abuse | other
  comment TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  UNIQUE (reporter_id, chat_id, seq)
);
CREATE INDEX message_reports_created ON message_reports (created_at);

// The SQLite schema of one CallDO (one call). Idempotent: run at every start.
export const CALL_SCHEMA = `
CREATE TABLE IF NOT EXISTS call (
  id TEXT PRIMARY KEY,
  chat_id TEXT NOT NULL,
  kind TEXT NOT NULL,                  -- dialog | group
  video INTEGER NOT NULL,
  initiator_id TEXT NOT NULL,
  state TEXT NOT NULL,                 -- ringing | active | ended
  reason TEXT,                         -- set once ended
  mesh_limit INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  answered_at INTEGER,
  ended_at INTEGER,
  ring_deadline INTEGER NOT NULL,      -- devices still ringing then stop (the alarm)
  chat_told INTEGER NOT NULL DEFAULT 0 -- 1 once the chat has freed its line and written the history message
);
-- Everyone the call is for (the chat's members when it started), and where each of them is.
CREATE TABLE IF NOT EXISTS members (
  user_id TEXT PRIMARY KEY,
  status TEXT NOT NULL                 -- ringing | joined | declined | busy | missed | left
);
CREATE TABLE IF NOT EXISTS participants (
  peer_id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  session_id TEXT NOT NULL,
  joined_at INTEGER NOT NULL,
  left_at INTEGER                      -- NULL while the device is in the call
);
`;

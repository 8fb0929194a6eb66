// The SFU side of one CallDO (one call). Idempotent: run whenever the object holds a call, so a
// call that started before these tables existed gets them too.
export const SFU_SCHEMA = `
-- One row once the call is in SFU mode (it never goes back to a mesh).
CREATE TABLE IF NOT EXISTS sfu_mode (
  slot INTEGER PRIMARY KEY CHECK (slot = 1),
  since INTEGER NOT NULL
);
-- Each device's SFU session (its one RTCPeerConnection to the SFU); never shown to devices.
CREATE TABLE IF NOT EXISTS sfu_sessions (
  peer_id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL
);
-- The tracks each device publishes, for newcomers to pull (listed while the device is in the call).
CREATE TABLE IF NOT EXISTS sfu_tracks (
  peer_id TEXT NOT NULL,
  track_name TEXT NOT NULL,
  mid TEXT NOT NULL,
  kind TEXT NOT NULL,                  -- audio | video
  published_at INTEGER NOT NULL,
  PRIMARY KEY (peer_id, track_name)
);
`;

-- Attachments (issue 11): the bytes live in R2 (ATTACHMENTS, key = the attachment id), the
-- metadata here. A row is 'pending' while its upload streams (its declared size already counts
-- against the owner's quota, so two parallel uploads cannot both slip under it) and 'ready' once
-- the bytes are stored, hashed and sniffed.
CREATE TABLE attachments (
  id TEXT PRIMARY KEY,                 -- att_… (also the R2 key)
  owner_id TEXT NOT NULL,
  state TEXT NOT NULL,                 -- pending | ready
  name TEXT NOT NULL,                  -- the file name the uploader gave (sanitised)
  size INTEGER NOT NULL,               -- bytes (declared while pending, stored once ready)
  mime_type TEXT NOT NULL,             -- the type the server trusts: sniffed, or application/octet-stream
  declared_type TEXT NOT NULL,         -- what the uploader said (kept for support, never served)
  sha256 TEXT,                         -- hex, once ready
  multipart_upload_id TEXT,            -- R2's upload id while a multipart upload is open
  created_at INTEGER NOT NULL          -- unix ms
);
-- The owner's quota: bytes today and in total.
CREATE INDEX attachments_owner_created ON attachments (owner_id, created_at);
-- The cleanup of uploads never sent (24 h) and of pending rows an interrupted upload left.
CREATE INDEX attachments_created ON attachments (created_at);

-- The chats an attachment was sent in. Who may download it: its owner, and the members of these
-- chats (each ChatDO confirms that a message it still shows holds the attachment). Written when a
-- message is sent; removed when the chat's last message holding it is deleted for everyone, and
-- when no chat holds an attachment any more its bytes go from R2.
CREATE TABLE attachment_holds (
  attachment_id TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (attachment_id, chat_id)
) WITHOUT ROWID;

-- The parts of an open multipart upload received so far (a part sent again replaces its row, so an
-- interrupted upload resumes by sending only the missing parts). Gone with the upload's row.
CREATE TABLE attachment_parts (
  attachment_id TEXT NOT NULL,
  part_number INTEGER NOT NULL,        -- 1-based
  etag TEXT NOT NULL,                  -- R2's etag of the part, needed to complete the upload
  size INTEGER NOT NULL,
  created_at INTEGER NOT NULL,         -- unix ms
  PRIMARY KEY (attachment_id, part_number)
);                                     -- a rowid table: the cleanup deletes by rowid

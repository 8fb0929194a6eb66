-- Presigned uploads (issue 11, experimental): the client PUTs the bytes straight to the bucket's S3
-- API. Until the upload is completed, this is when its signed URL stops working (unix ms); NULL for
-- every other upload. A presigned upload that is rejected or expires is closed: state 'closed',
-- size 0 (its quota freed), kept for the 24 h cleanup, which deletes the row and anything its URL
-- could still have put under its id.
ALTER TABLE attachments ADD COLUMN presigned_until INTEGER;

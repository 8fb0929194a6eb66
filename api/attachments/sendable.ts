import type { Attachment } from "../../openapi/attachment-types.ts";
import type { Bindings } from "../env.ts";
import { ApiError } from "../errors.ts";
import { canRead } from "./download.ts";
import { findAttachments, toAttachment } from "./store.ts";

/**
 * The metadata of the attachments a message is about to carry, in the order given. Each must be
 * ready, and the sender's own or in a message the sender can read (sending it on). One that does
 * not exist and one the sender may not see get the same answer.
 */
export async function sendableAttachments(env: Bindings, senderId: string, ids: string[]): Promise<Attachment[]> {
  const rows = await findAttachments(env.DB, ids);
  const attachments: Attachment[] = [];
  for (const id of ids) {
    const row = rows.get(id);
    // A closed presigned upload is nothing to send: the same answer as no attachment at all.
    if (!row || row.state === "closed" || !(await canRead(env, row, senderId))) {
      throw ApiError.badRequest(
        `attachmentIds: ${id} is not an attachment you can send`,
        { attachmentId: id },
        "ATTACHMENT_NOT_FOUND",
      );
    }
    if (row.state !== "ready") {
      throw new ApiError(409, "ATTACHMENT_NOT_READY", `attachmentIds: ${id} is still uploading`, {
        details: { attachmentId: id },
      });
    }
    attachments.push(toAttachment(row));
  }
  return attachments;
}

import type { OpenAPIHono } from "@hono/zod-openapi";
import { holdAttachments } from "../../durable/index.ts";
import {
  addReactionRoute,
  deleteMessageRoute,
  editMessageRoute,
  listMessagesRoute,
  markReadRoute,
  removeReactionRoute,
  sendMessageRoute,
} from "../../openapi/messages.ts";
import { sendableAttachments } from "../attachments/sendable.ts";
import { chatObject } from "../chats/objects.ts";
import type { AppEnv } from "../env.ts";
import { timed } from "../middleware/server-timing.ts";
import { unwrap } from "../objects/unwrap.ts";
import { refuseIfBlockedInDialog } from "../privacy/dialog-block.ts";
import { hiddenSendersFor } from "../privacy/hidden-senders.ts";
import { admitSend } from "./send-admission.ts";

export function registerMessageRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listMessagesRoute, async (c) => {
    const { chatId } = c.req.valid("param");
    const query = c.req.valid("query");
    const { userId } = c.get("auth");
    const hidden = await hiddenSendersFor(c.env, userId, chatId);
    const page = unwrap(await chatObject(c.env, chatId).listMessages(userId, query, hidden));
    return c.json({ success: true as const, data: page }, 200);
  });

  app.openapi(sendMessageRoute, async (c) => {
    const { userId } = c.get("auth");
    const { chatId } = c.req.valid("param");
    const body = c.req.valid("json");
    // The sender's object checks the session and counts the send (no D1 read: send-admission.ts);
    // in a dialog, the partner's block is then checked only if anyone blocked the sender at all.
    const { blockedByAnyone } = await timed(c, "admission", () => admitSend(c));
    await refuseIfBlockedInDialog(c, chatId, "messages", blockedByAnyone);
    // A forward copies what the source chat says, and only if the caller can read it there.
    const forward = body.forward
      ? unwrap(await chatObject(c.env, body.forward.chatId).forwardSource(userId, body.forward.seq))
      : null;
    const input = {
      clientMessageId: body.clientMessageId,
      text: body.text ?? "",
      replyToSeq: body.replyToSeq,
      attachments: await sendableAttachments(c.env, userId, body.attachmentIds ?? []),
    };
    if (body.sendAt !== undefined) {
      const later = unwrap(await chatObject(c.env, chatId).schedule(userId, input, body.sendAt));
      return c.json({ success: true as const, data: later.scheduled }, 202);
    }
    const result = await timed(c, "chat", async () =>
      unwrap(await chatObject(c.env, chatId).send(userId, input, forward)),
    );
    // The chat's outbox records the same holds; writing them now lets members download at once.
    await holdAttachments(c.env.DB, chatId, result.message.attachmentIds, Date.now());
    if (result.created) return c.json({ success: true as const, data: result.message }, 201);
    return c.json({ success: true as const, data: result.message }, 200);
  });

  app.openapi(editMessageRoute, async (c) => {
    const { chatId, seq } = c.req.valid("param");
    const { text } = c.req.valid("json");
    const message = unwrap(await chatObject(c.env, chatId).edit(c.get("auth").userId, seq, text));
    return c.json({ success: true as const, data: message }, 200);
  });

  app.openapi(deleteMessageRoute, async (c) => {
    const { chatId, seq } = c.req.valid("param");
    const { forEveryone } = c.req.valid("query");
    const result = unwrap(await chatObject(c.env, chatId).deleteMessage(c.get("auth").userId, seq, forEveryone));
    return c.json({ success: true as const, data: result }, 200);
  });

  app.openapi(addReactionRoute, async (c) => {
    const { chatId, seq, emoji } = c.req.valid("param");
    const message = unwrap(await chatObject(c.env, chatId).react(c.get("auth").userId, seq, emoji, true));
    return c.json({ success: true as const, data: message }, 200);
  });

  app.openapi(removeReactionRoute, async (c) => {
    const { chatId, seq, emoji } = c.req.valid("param");
    const message = unwrap(await chatObject(c.env, chatId).react(c.get("auth").userId, seq, emoji, false));
    return c.json({ success: true as const, data: message }, 200);
  });

  app.openapi(markReadRoute, async (c) => {
    const { chatId } = c.req.valid("param");
    const { upToSeq } = c.req.valid("json");
    const { userId } = c.get("auth");
    const hidden = await hiddenSendersFor(c.env, userId, chatId);
    const state = unwrap(await chatObject(c.env, chatId).markRead(userId, upToSeq, hidden));
    return c.json({ success: true as const, data: state }, 200);
  });
}

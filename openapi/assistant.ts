import { createRoute } from "@hono/zod-openapi";
import { ChatDetailsSchema } from "./chats.ts";
import { errors, jsonSuccess } from "./envelope.ts";
import { MessagePathSchema } from "./messages.ts";
import { MessageSchema } from "./messaging-types.ts";

// The built-in assistant: a dialog with a member that is not a person (ASSISTANT_USER_ID), whose
// replies stream live (aiDelta frames) and end with a messageEdited update.

/** The assistant's user id: the other member of every assistant dialog. */
export const ASSISTANT_USER_ID = "usr_assistant";
export const ASSISTANT_TITLE = "Assistant";

const BEARER = [{ bearerJwt: [] }];

export const openAssistantRoute = createRoute({
  method: "post",
  path: "/api/v1/chats/assistant",
  operationId: "openAssistantChat",
  summary: "Open your dialog with the assistant",
  description: `Returns your dialog with the built-in assistant (member \`${ASSISTANT_USER_ID}\`), creating it the first time. It is a dialog like any other: the chat list, message routes, history, read markers, update log and realtime socket all apply. Each message you send starts one turn: the assistant's reply is created at once with \`ai.state = "streaming"\`, its text arrives as \`aiDelta\` frames on the WebSocket and is saved every few hundred ms, and a \`messageEdited\` update carries the final text. 503 \`AI_NOT_CONFIGURED\` when no AI provider is configured.`,
  tags: ["Assistant"],
  security: BEARER,
  responses: {
    200: jsonSuccess("The dialog already existed", ChatDetailsSchema),
    201: jsonSuccess("The dialog was created", ChatDetailsSchema),
    ...errors(401, 503),
  },
});

export const cancelReplyRoute = createRoute({
  method: "post",
  path: "/api/v1/chats/{chatId}/messages/{seq}/cancel",
  operationId: "cancelAssistantReply",
  summary: "Stop the assistant's reply",
  description:
    'Stops a streaming reply of the assistant. The text it had so far stays, with `ai.state = "cancelled"`; members get `messageEdited`. 409 `AI_REPLY_NOT_STREAMING` once the reply has ended; 404 for a message that is not the assistant\'s, or for non-members.',
  tags: ["Assistant"],
  security: BEARER,
  request: { params: MessagePathSchema },
  responses: { 200: jsonSuccess("The reply as it stopped", MessageSchema), ...errors(400, 401, 404, 409) },
});

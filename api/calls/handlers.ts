import type { OpenAPIHono } from "@hono/zod-openapi";
import { newCallId, sfuConfig } from "../../durable/index.ts";
import { getCallRoute, iceServersRoute, startCallRoute } from "../../openapi/calls.ts";
import { chatObject } from "../chats/objects.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { unwrap } from "../objects/unwrap.ts";
import { refuseIfBlockedInDialog } from "../privacy/dialog-block.ts";
import { iceServersFor } from "./ice-servers.ts";
import { callObject } from "./objects.ts";
import { registerCallSfuRoutes } from "./sfu-handlers.ts";

export function registerCallRoutes(app: OpenAPIHono<AppEnv>) {
  // Declared before /calls/{callId}; a call id's pattern never matches "ice-servers" anyway.
  app.openapi(iceServersRoute, async (c) => {
    const servers = await iceServersFor(c.get("config").calls, c.get("auth").userId, Date.now());
    return c.json({ success: true as const, data: servers }, 200);
  });

  app.openapi(startCallRoute, async (c) => {
    const { userId, sessionId } = c.get("auth");
    const { chatId } = c.req.valid("param");
    const { video, sfu } = c.req.valid("json");
    if (sfu && !sfuConfig(c.env)) throw new ApiError(409, "SFU_NOT_CONFIGURED", "No SFU is configured for calls");
    await refuseIfBlockedInDialog(c, chatId, "calls", (await c.get("caller")).blockedByAnyone);
    const chat = chatObject(c.env, chatId);
    const proposal = {
      callId: newCallId(),
      chatId,
      video,
      ...(sfu ? { sfu } : {}),
      initiatorId: userId,
      initiatorSessionId: sessionId,
      createdAt: Date.now(),
    };
    // The chat's line: membership is checked there, and a live call is answered instead of a second one.
    let line = unwrap(await chat.openCall(userId, proposal, null));
    let answer = await callObject(c.env, line.opening.callId).dial(line.opening, userId, sessionId);
    if (!answer.ok && answer.code === "CALL_ENDED" && !line.created) {
      // The line outlived its call (the call could not tell the chat yet): replace that one call.
      line = unwrap(await chat.openCall(userId, proposal, line.opening.callId));
      answer = await callObject(c.env, line.opening.callId).dial(line.opening, userId, sessionId);
    }
    const call = unwrap(answer);
    return c.json({ success: true as const, data: call }, line.created ? 201 : 200);
  });

  app.openapi(getCallRoute, async (c) => {
    const { userId, sessionId } = c.get("auth");
    const { callId } = c.req.valid("param");
    const call = unwrap(await callObject(c.env, callId).view(userId, sessionId));
    return c.json({ success: true as const, data: call }, 200);
  });

  registerCallSfuRoutes(app);
}

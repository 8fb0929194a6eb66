import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  closeCallTracksRoute,
  publishCallTracksRoute,
  pullCallTracksRoute,
  renegotiateCallMediaRoute,
} from "../../openapi/call-sfu.ts";
import type { AppEnv } from "../env.ts";
import { unwrap } from "../objects/unwrap.ts";
import { callObject } from "./objects.ts";

// A call's media through the SFU (openapi/call-sfu.ts). The CallDO checks that the caller's device
// is in the call and holds the SFU token and sessions; these only pass the validated bodies on.

export function registerCallSfuRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(publishCallTracksRoute, async (c) => {
    const { userId, sessionId } = c.get("auth");
    const { callId } = c.req.valid("param");
    const data = unwrap(await callObject(c.env, callId).sfuPublish(userId, sessionId, c.req.valid("json")));
    return c.json({ success: true as const, data }, 200);
  });

  app.openapi(pullCallTracksRoute, async (c) => {
    const { userId, sessionId } = c.get("auth");
    const { callId } = c.req.valid("param");
    const data = unwrap(await callObject(c.env, callId).sfuPull(userId, sessionId, c.req.valid("json")));
    return c.json({ success: true as const, data }, 200);
  });

  app.openapi(renegotiateCallMediaRoute, async (c) => {
    const { userId, sessionId } = c.get("auth");
    const { callId } = c.req.valid("param");
    const { sdp } = c.req.valid("json");
    const data = unwrap(await callObject(c.env, callId).sfuRenegotiate(userId, sessionId, sdp));
    return c.json({ success: true as const, data }, 200);
  });

  app.openapi(closeCallTracksRoute, async (c) => {
    const { userId, sessionId } = c.get("auth");
    const { callId } = c.req.valid("param");
    const data = unwrap(await callObject(c.env, callId).sfuClose(userId, sessionId, c.req.valid("json")));
    return c.json({ success: true as const, data }, 200);
  });
}

import type { OpenAPIHono } from "@hono/zod-openapi";
import { completePresignedUploadRoute, createPresignedUploadRoute } from "../../openapi/attachment-presigned.ts";
import type { AppEnv } from "../env.ts";
import { completePresignedUpload, createPresignedUpload } from "./presigned.ts";
import { toAttachment } from "./store.ts";

export function registerPresignedRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createPresignedUploadRoute, async (c) => {
    const body = c.req.valid("json");
    const origin = new URL(c.req.url).origin;
    const data = await createPresignedUpload(
      c.env.DB,
      c.get("config").attachments,
      origin,
      { ownerId: c.get("auth").userId, ...body },
      Date.now(),
    );
    return c.json({ success: true as const, data }, 201);
  });

  app.openapi(completePresignedUploadRoute, async (c) => {
    const { attachmentId } = c.req.valid("param");
    const row = await completePresignedUpload(
      c.env.DB,
      c.env.ATTACHMENTS,
      attachmentId,
      c.get("auth").userId,
      Date.now(),
    );
    return c.json({ success: true as const, data: toAttachment(row) }, 201);
  });
}

import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  abortUploadRoute,
  completeUploadRoute,
  createUploadRoute,
  getUploadRoute,
  uploadPartRoute,
} from "../../openapi/attachment-uploads.ts";
import type { AppEnv } from "../env.ts";
import { abortUpload, completeUpload, createUpload, storePart, uploadState } from "./multipart.ts";
import { toAttachment } from "./store.ts";

export function registerMultipartRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createUploadRoute, async (c) => {
    const body = c.req.valid("json");
    const state = await createUpload(c.env.DB, c.env.ATTACHMENTS, c.get("config").attachments, {
      ownerId: c.get("auth").userId,
      ...body,
      now: Date.now(),
    });
    return c.json({ success: true as const, data: state }, 201);
  });

  app.openapi(getUploadRoute, async (c) => {
    const { attachmentId } = c.req.valid("param");
    return c.json(
      { success: true as const, data: await uploadState(c.env.DB, attachmentId, c.get("auth").userId) },
      200,
    );
  });

  app.openapi(uploadPartRoute, async (c) => {
    const { attachmentId, partNumber } = c.req.valid("param");
    const part = await storePart(c.env.DB, c.env.ATTACHMENTS, {
      id: attachmentId,
      ownerId: c.get("auth").userId,
      partNumber,
      body: c.req.raw.body,
      contentLength: c.req.header("content-length"),
    });
    return c.json({ success: true as const, data: part }, 200);
  });

  app.openapi(completeUploadRoute, async (c) => {
    const { attachmentId } = c.req.valid("param");
    const row = await completeUpload(c.env.DB, c.env.ATTACHMENTS, attachmentId, c.get("auth").userId);
    return c.json({ success: true as const, data: toAttachment(row) }, 201);
  });

  app.openapi(abortUploadRoute, async (c) => {
    const { attachmentId } = c.req.valid("param");
    await abortUpload(c.env.DB, c.env.ATTACHMENTS, attachmentId, c.get("auth").userId);
    return c.json({ success: true as const, data: { id: attachmentId } }, 200);
  });
}

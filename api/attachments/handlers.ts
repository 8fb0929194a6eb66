import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  createAttachmentLinkRoute,
  downloadAttachmentRoute,
  SIGNED_LINK_DEFAULT_SECONDS,
  signedDownloadRoute,
  uploadAttachmentRoute,
} from "../../openapi/attachments.ts";
import type { AppEnv, Bindings } from "../env.ts";
import { ApiError } from "../errors.ts";
import { readableAttachment, serveAttachment } from "./download.ts";
import { signLink, verifyLink } from "./links.ts";
import { registerMultipartRoutes } from "./multipart-handlers.ts";
import { registerPresignedRoutes } from "./presigned-handlers.ts";
import { type AttachmentRow, findAttachment, toAttachment } from "./store.ts";
import { serveThumbnail } from "./thumbnail.ts";
import { storeUpload } from "./upload.ts";

export function registerAttachmentRoutes(app: OpenAPIHono<AppEnv>) {
  registerMultipartRoutes(app);
  registerPresignedRoutes(app);

  app.openapi(uploadAttachmentRoute, async (c) => {
    const { name } = c.req.valid("query");
    const row = await storeUpload(c.env.DB, c.env.ATTACHMENTS, c.get("config").attachments, {
      ownerId: c.get("auth").userId,
      body: c.req.raw.body,
      contentLength: c.req.header("content-length"),
      contentType: c.req.header("content-type"),
      name,
      now: Date.now(),
    });
    return c.json({ success: true as const, data: toAttachment(row) }, 201);
  });

  app.openapi(downloadAttachmentRoute, async (c) => {
    const { attachmentId } = c.req.valid("param");
    const { variant } = c.req.valid("query");
    const row = await readableAttachment(c.env, attachmentId, c.get("auth").userId);
    // Private: the answer depends on who asks. The bytes never change, so a client may keep them.
    return serveVariant(c.env, row, variant, requestConditions(c.req), "private, max-age=86400");
  });

  app.openapi(createAttachmentLinkRoute, async (c) => {
    const { attachmentId } = c.req.valid("param");
    const body = c.req.header("content-type") ? c.req.valid("json") : undefined;
    await readableAttachment(c.env, attachmentId, c.get("auth").userId);
    const expires = Math.floor(Date.now() / 1000) + (body?.expiresInSeconds ?? SIGNED_LINK_DEFAULT_SECONDS);
    const signature = await signLink(c.get("config").jwtSecret, attachmentId, expires);
    const url = new URL(`/api/v1/attachments/${attachmentId}/signed`, c.req.url);
    url.search = new URLSearchParams({ expires: String(expires), signature }).toString();
    return c.json({ success: true as const, data: { url: url.toString(), expiresAt: expires * 1000 } }, 200);
  });

  app.openapi(signedDownloadRoute, async (c) => {
    const { attachmentId } = c.req.valid("param");
    const { expires, signature, variant } = c.req.valid("query");
    const now = Date.now();
    const valid = await verifyLink(c.get("config").jwtSecret, attachmentId, expires, signature, now);
    const row = valid ? await findAttachment(c.env.DB, attachmentId) : null;
    if (row?.state !== "ready") throw ApiError.notFound("Attachment not found");
    // Cached no longer than the link is valid.
    const maxAge = Math.max(0, expires - Math.floor(now / 1000));
    return serveVariant(c.env, row, variant, requestConditions(c.req), `private, max-age=${maxAge}`);
  });
}

function serveVariant(
  env: Bindings,
  row: AttachmentRow,
  variant: "thumb" | undefined,
  conditions: ReturnType<typeof requestConditions>,
  cacheControl: string,
) {
  if (variant === "thumb")
    return serveThumbnail(env.IMAGES, env.DB, env.ATTACHMENTS, row, conditions.ifNoneMatch, cacheControl);
  return serveAttachment(env.ATTACHMENTS, row, conditions, cacheControl);
}

function requestConditions(req: { header(name: string): string | undefined }) {
  return { range: req.header("range"), ifNoneMatch: req.header("if-none-match") };
}

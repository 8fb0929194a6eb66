import { createRoute, z } from "@hono/zod-openapi";
import { errors, jsonSuccess } from "./envelope.ts";
import { TimestampSchema } from "./messaging-types.ts";

const BEARER = [{ bearerJwt: [] }];

/** An archive can be downloaded for this long; the cleanup then forgets it. */
export const EXPORT_RETENTION_MS = 7 * 86_400_000;
/** A build that has not finished after this long has failed (its Worker was stopped): ask again. */
export const EXPORT_BUILD_TIMEOUT_MS = 10 * 60_000;

export const DataExportSchema = z
  .object({
    id: z.string().openapi({ example: "exp_1f2e3d4c5b6a7980a1b2c3d4" }),
    status: z.enum(["building", "ready", "failed"]),
    createdAt: TimestampSchema,
    completedAt: TimestampSchema.nullable(),
    sizeBytes: z.number().int().nullable(),
    downloadUrl: z.string().nullable().openapi({
      example: "/api/v1/me/export/exp_1f2e3d4c5b6a7980a1b2c3d4/download",
      description: "When ready: GET it with your access token (a JSON file)",
    }),
    expiresAt: TimestampSchema.openapi({ description: "The archive is gone after this" }),
  })
  .openapi("DataExport");

export const ExportPathSchema = z.object({
  exportId: z
    .string()
    .regex(/^exp_[0-9a-f]{24}$/, "must be an export id (exp_…)")
    .openapi({ param: { name: "exportId", in: "path" }, example: "exp_1f2e3d4c5b6a7980a1b2c3d4" }),
});

export type DataExport = z.infer<typeof DataExportSchema>;

export const requestExportRoute = createRoute({
  method: "post",
  path: "/api/v1/me/export",
  operationId: "requestExport",
  summary: "Export your data",
  description:
    "Builds a JSON archive in the background: your profile, contacts, chats (with members) and every message you can see, with the list of attachment ids they reference. Answers 202 with the export; poll `GET /me/export/{exportId}` until `status` is `ready`, then download. While one is building, asking again answers that one (200).",
  tags: ["Users"],
  security: BEARER,
  request: {},
  responses: {
    202: jsonSuccess("Building", DataExportSchema),
    200: jsonSuccess("One is already building", DataExportSchema),
    ...errors(401),
  },
});

export const getExportRoute = createRoute({
  method: "get",
  path: "/api/v1/me/export/{exportId}",
  operationId: "getExport",
  summary: "An export's status and link",
  tags: ["Users"],
  security: BEARER,
  request: { params: ExportPathSchema },
  responses: { 200: jsonSuccess("The export", DataExportSchema), ...errors(400, 401, 404) },
});

export const downloadExportRoute = createRoute({
  method: "get",
  path: "/api/v1/me/export/{exportId}/download",
  operationId: "downloadExport",
  summary: "Download an export",
  description:
    "The archive as a JSON file (a download, never shown inline). 404 until it is ready, and after it expired.",
  tags: ["Users"],
  security: BEARER,
  request: { params: ExportPathSchema },
  responses: {
    // No schema here: the body is the archive file itself, streamed from R2 (format big-gateway-export/1).
    200: { description: "The archive: a JSON file (`Content-Disposition: attachment`)" },
    ...errors(400, 401, 404),
  },
});

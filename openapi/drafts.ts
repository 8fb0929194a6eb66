import { createRoute, z } from "@hono/zod-openapi";
import { ChatPathSchema } from "./chats.ts";
import { errors, jsonBody, jsonSuccess } from "./envelope.ts";
import { ChatIdSchema, MESSAGE_TEXT_MAX, SeqSchema, TimestampSchema } from "./messaging-types.ts";

const BEARER = [{ bearerJwt: [] }];

export const DraftSchema = z
  .object({
    chatId: ChatIdSchema,
    text: z.string().openapi({ example: "Half-written thought" }),
    replyToSeq: z.number().int().nullable(),
    updatedAt: TimestampSchema,
  })
  .openapi("Draft");

export const DraftListSchema = z
  .object({ drafts: z.array(DraftSchema).openapi({ description: "Latest change first" }) })
  .openapi("DraftList");

export const SaveDraftBodySchema = z
  .object({
    text: z.string().max(MESSAGE_TEXT_MAX).openapi({ description: "Empty (or only spaces) clears the draft" }),
    replyToSeq: SeqSchema.optional(),
  })
  .strict()
  .openapi("SaveDraftRequest", { example: { text: "Half-written thought" } });

export const SavedDraftSchema = z
  // A union, not DraftSchema.nullable(): that makes the registered Draft itself nullable in the document.
  .object({ draft: z.union([DraftSchema, z.null()]) })
  .openapi("SavedDraft", { description: "`draft` is null when the draft was cleared" });

export type Draft = z.infer<typeof DraftSchema>;

export const saveDraftRoute = createRoute({
  method: "put",
  path: "/api/v1/chats/{chatId}/draft",
  operationId: "saveDraft",
  summary: "Save (or clear) your draft for a chat",
  description:
    "One draft per chat, yours only. Your other devices get a `draftUpdated` update (with `draft: null` when cleared). Sending a message does not clear it: clear it when you send.",
  tags: ["Chats"],
  security: BEARER,
  request: { params: ChatPathSchema, body: jsonBody(SaveDraftBodySchema) },
  responses: { 200: jsonSuccess("The draft", SavedDraftSchema), ...errors(400, 401, 404, 413, 415) },
});

export const listDraftsRoute = createRoute({
  method: "get",
  path: "/api/v1/drafts",
  operationId: "listDrafts",
  summary: "Your drafts",
  description:
    "Every chat you have a draft in, for a device that starts fresh; afterwards `draftUpdated` keeps it current.",
  tags: ["Chats"],
  security: BEARER,
  request: {},
  responses: { 200: jsonSuccess("Your drafts", DraftListSchema), ...errors(401) },
});

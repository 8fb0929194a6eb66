import { createRoute, z } from "@hono/zod-openapi";
import { BEARER_JWT } from "./document.ts";
import { errors, jsonBody, jsonSuccess } from "./envelope.ts";

const bearer = [{ [BEARER_JWT]: [] }];

export const MAX_CONTACTS_PER_IMPORT = 1000;

export const ContactInputSchema = z
  .object({
    phone: z.string().max(64).openapi({ example: "+44 20 7946 0958" }),
    firstName: z.string().trim().min(1).max(64).openapi({ example: "Charles" }),
    lastName: z.string().trim().max(64).default("").openapi({ example: "Babbage" }),
  })
  .openapi("ContactInput");

export const ImportContactsSchema = z
  .object({
    contacts: z
      .array(ContactInputSchema)
      .min(1)
      .max(MAX_CONTACTS_PER_IMPORT)
      .openapi({ example: [{ phone: "+44 20 7946 0958", firstName: "Charles", lastName: "Babbage" }] }),
  })
  .openapi("ImportContactsRequest");

export const ContactSchema = z
  .object({
    phone: z.string().openapi({ example: "+442079460958", description: "E.164" }),
    firstName: z.string().openapi({ example: "Charles" }),
    lastName: z.string().openapi({ example: "Babbage" }),
    registered: z.boolean().openapi({ description: "Whether this number has a BIG Messenger account" }),
    userId: z.string().nullable().openapi({ example: "usr_3f9a0c1d2e4b5a6978c0" }),
  })
  .openapi("Contact");

export const ImportResultSchema = z
  .object({
    imported: z.array(ContactSchema),
    invalid: z
      .array(
        z.object({
          index: z.number().int().openapi({ example: 3, description: "Position in the request's `contacts`" }),
          phone: z.string().openapi({ example: "12345" }),
          reason: z.string().openapi({ example: "INVALID_PHONE" }),
        }),
      )
      .openapi({ description: "Entries that were not stored; the rest were" }),
  })
  .openapi("ImportContactsResult");

export const importContactsRoute = createRoute({
  method: "post",
  path: "/api/v1/contacts/import",
  operationId: "importContacts",
  summary: "Upload your phone book",
  description: `Adds or updates up to ${MAX_CONTACTS_PER_IMPORT} contacts per call in your phone book, normalising each number to E.164. Entries with an invalid number are listed in \`invalid\` and skipped; the rest are stored. The answer says which contacts have an account. A daily cap on imported contacts per user applies (429 with \`Retry-After\` beyond it).`,
  tags: ["Contacts"],
  security: bearer,
  request: { body: jsonBody(ImportContactsSchema, "The contacts to add") },
  responses: {
    200: jsonSuccess("Imported", ImportResultSchema),
    ...errors(400, 401, 413, 415, 429),
  },
});

export const listContactsRoute = createRoute({
  method: "get",
  path: "/api/v1/contacts",
  operationId: "listContacts",
  summary: "Your phone book",
  description: "Every contact you imported, by name, with whether each has an account now.",
  tags: ["Contacts"],
  security: bearer,
  responses: { 200: jsonSuccess("Your contacts", z.object({ contacts: z.array(ContactSchema) })), ...errors(401) },
});

export const deleteContactRoute = createRoute({
  method: "delete",
  path: "/api/v1/contacts/{phone}",
  operationId: "deleteContact",
  summary: "Remove a contact",
  description:
    "Removes one number from your phone book (URL-encode the +: `%2B442079460958`). A number not in your phone book answers 404.",
  tags: ["Contacts"],
  security: bearer,
  request: {
    params: z.object({ phone: z.string().min(1).max(64).openapi({ example: "+442079460958" }) }),
  },
  responses: {
    200: jsonSuccess("Removed", z.object({ phone: z.string(), deleted: z.literal(true) })),
    ...errors(400, 401, 404),
  },
});

import type { OpenAPIHono } from "@hono/zod-openapi";
import { deleteContactRoute, importContactsRoute, listContactsRoute } from "../../openapi/contacts.ts";
import { phoneOrBadRequest } from "../auth/handlers.ts";
import { toE164 } from "../auth/phone.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { enforceRateLimit } from "../rate-limit/fixed-window.ts";
import { deleteContact, listContacts, upsertContacts } from "./store.ts";

export function registerContactRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(importContactsRoute, async (c) => {
    const { contacts } = c.req.valid("json");
    const { userId } = c.get("auth");
    const now = Date.now();
    // Counted in contacts, not calls: the cap is what bounds discovering who is registered.
    await enforceRateLimit(
      c.env.DB,
      {
        key: `contacts:import:user:${userId}`,
        limit: c.get("config").limits.contactsImportDaily,
        windowSeconds: 86_400,
        cost: contacts.length,
      },
      now,
      "Daily contact import limit reached",
    );
    const invalid: { index: number; phone: string; reason: string }[] = [];
    // The same number twice in one upload: the later entry wins.
    const valid = new Map<string, { phone: string; firstName: string; lastName: string }>();
    contacts.forEach((contact, index) => {
      const phone = toE164(contact.phone);
      if (!phone) invalid.push({ index, phone: contact.phone, reason: "INVALID_PHONE" });
      else valid.set(phone, { phone, firstName: contact.firstName, lastName: contact.lastName });
    });
    const imported = await upsertContacts(c.env.DB, userId, [...valid.values()], now);
    return c.json({ success: true as const, data: { imported, invalid } }, 200);
  });

  app.openapi(listContactsRoute, async (c) => {
    const contacts = await listContacts(c.env.DB, c.get("auth").userId);
    return c.json({ success: true as const, data: { contacts } }, 200);
  });

  app.openapi(deleteContactRoute, async (c) => {
    const phone = phoneOrBadRequest(c.req.valid("param").phone);
    if (!(await deleteContact(c.env.DB, c.get("auth").userId, phone))) {
      throw ApiError.notFound("This number is not in your phone book");
    }
    return c.json({ success: true as const, data: { phone, deleted: true as const } }, 200);
  });
}

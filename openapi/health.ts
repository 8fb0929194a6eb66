import { createRoute, z } from "@hono/zod-openapi";
import { errors, jsonSuccess } from "./envelope.ts";

/** The Telegram proxy's health answer: its callers read this exact shape (no envelope). */
export const ProxyHealthSchema = z
  .object({
    status: z.literal("ok"),
    timestamp: z.iso.datetime().openapi({ example: "2026-11-21T10:00:00.000Z" }),
  })
  .openapi("ProxyHealth");

export const BindingCheckSchema = z.object({
  ok: z.boolean(),
  latencyMs: z.number().openapi({ example: 2 }),
  error: z.string().optional().openapi({ example: "binding CACHE is not configured" }),
  count: z.number().int().optional().openapi({
    description:
      "For checks that count something: `outboxDeadLetters` is how many outbox rows the chats gave up on, `pushDeadLetters` how many pushes went to the dead-letter queue (both reported, not failed)",
    example: 0,
  }),
});

export const HealthSchema = z
  .object({
    status: z.enum(["ok", "degraded"]),
    version: z.string().openapi({ example: "0.1.0" }),
    commit: z.string().nullable().openapi({ example: "3f2c1ab" }),
    environment: z.string().openapi({ example: "development" }),
    timestamp: z.iso.datetime(),
    checkedAt: z.iso.datetime().openapi({
      description: "When the binding checks ran: one round answers for up to 5 s (the route is public)",
      example: "2026-11-21T09:59:58.000Z",
    }),
    checks: z.record(z.string(), BindingCheckSchema).openapi({
      example: {
        d1: { ok: true, latencyMs: 1 },
        kv: { ok: true, latencyMs: 1 },
        r2: { ok: true, latencyMs: 2 },
        queue: { ok: true, latencyMs: 1 },
        outboxDeadLetters: { ok: true, latencyMs: 1, count: 0 },
        pushDeadLetters: { ok: true, latencyMs: 1, count: 0 },
      },
    }),
  })
  .openapi("Health");

export const proxyHealthRoute = createRoute({
  method: "get",
  path: "/api/telegram-proxy/health",
  operationId: "telegramProxyHealth",
  summary: "Telegram proxy liveness",
  description: "Answers `{status, timestamp}` while the Worker is up. Needs no API key.",
  tags: ["Telegram proxy"],
  security: [],
  responses: {
    200: { description: "The proxy is up", content: { "application/json": { schema: ProxyHealthSchema } } },
  },
});

export const healthRoute = createRoute({
  method: "get",
  path: "/api/v1/health",
  operationId: "getHealth",
  summary: "Service health",
  description:
    "Version, commit and a live check of every binding the Worker has (D1 query, KV read, R2 head, Queue send), and the count of outbox rows given up on (`outboxDeadLetters.count`: reported, never a failure). 503 names what failed. Needs no token; one round of checks answers for up to 5 seconds (`checkedAt`).",
  tags: ["Health"],
  security: [],
  responses: {
    200: jsonSuccess("Every binding answered", HealthSchema),
    503: {
      ...errors(503)[503],
      description: "At least one binding failed: the message names it and `error.details` is the full report",
    },
  },
});

import { describe, expect, it } from "vitest";
import { ClientFrameSchema, ServerFrameSchema } from "../openapi/realtime-frames.ts";
import { TelegramUpdateEventSchema } from "../openapi/telegram-updates.ts";
import { buildAsyncApiDocument } from "./asyncapi.mjs";

type Json = Record<string, unknown>;

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found);
  else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (key === "$ref" && typeof inner === "string") found.push(inner);
      else refsIn(inner, found);
    }
  }
  return found;
}

function resolve(document: Json, ref: string): unknown {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((node, part) => (node as Json | undefined)?.[part], document);
}

describe("the AsyncAPI document of the realtime socket", () => {
  const document = buildAsyncApiDocument() as unknown as Json;

  it("is AsyncAPI 3.0 and every $ref in it resolves", () => {
    expect(document.asyncapi).toBe("3.0.0");
    const refs = refsIn(document);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) expect(resolve(document, ref), ref).toBeDefined();
  });

  it("has one message per frame type, in the right direction", () => {
    const operations = document.operations as Record<string, { action: string; messages: { $ref: string }[] }>;
    const typesOf = (operation: string) =>
      (operations[operation]?.messages ?? [])
        .map((m) => (resolve(document, m.$ref) as { $ref: string }).$ref)
        .map((ref) => (resolve(document, ref) as { name: string }).name);
    const clientTypes = ClientFrameSchema.options.map((o) => o.shape.type.value);
    const serverTypes = ServerFrameSchema.options.map((o) => o.shape.type.value);
    expect(operations.sendFrame?.action).toBe("send");
    expect(typesOf("sendFrame")).toEqual(clientTypes);
    expect(operations.receiveFrame?.action).toBe("receive");
    expect(typesOf("receiveFrame")).toEqual(serverTypes);
  });

  it("uses AsyncAPI's schema dialect (string discriminator, examples arrays)", () => {
    const schemas = (document.components as { schemas: Record<string, Json> }).schemas;
    expect(schemas.ServerFrame?.discriminator).toBe("type");
    expect(JSON.stringify(schemas)).not.toContain('"example":');
  });

  it("describes the Telegram updates socket: one received message per event type, each with a stable id", () => {
    const channels = document.channels as Record<string, { address: string }>;
    expect(channels.telegramUpdates?.address).toBe("/api/telegram-proxy/updates/ws");
    const operation = (document.operations as Record<string, { action: string; messages: { $ref: string }[] }>)
      .receiveTelegramUpdate;
    expect(operation?.action).toBe("receive");
    const payloads = (operation?.messages ?? [])
      .map(
        (m) => resolve(document, (resolve(document, m.$ref) as { $ref: string }).$ref) as { payload: { $ref: string } },
      )
      .map(
        (message) =>
          resolve(document, message.payload.$ref) as {
            properties: Record<string, { enum?: string[] }>;
            required: string[];
          },
      );
    expect(payloads.map((p) => p.properties.type?.enum?.[0])).toEqual(
      TelegramUpdateEventSchema.options.map((o) => o.shape.type.value),
    );
    for (const payload of payloads) expect(payload.required).toContain("id");
  });
});

import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../api/app.ts";
import committed from "../openapi/openapi.json";

type Operation = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  requestBody?: unknown;
  security?: Record<string, string[]>[];
};
type Document = {
  openapi: string;
  info: { title: string; version: string };
  servers: { url: string }[];
  tags: { name: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, { type: string; scheme: string }> };
};

const METHODS = ["get", "post", "put", "patch", "delete"];

async function servedDocument(): Promise<Document> {
  const res = await exports.default.fetch("http://gateway/openapi.json");
  expect(res.status).toBe(200);
  return (await res.json()) as Document;
}

function documentedOperations(doc: Document): string[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((method) => METHODS.includes(method))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}

describe("GET /openapi.json", () => {
  it("serves an OpenAPI 3.1 document with info, servers, tags and both security schemes", async () => {
    const doc = await servedDocument();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBe("BIG Gateway");
    expect(doc.servers[0]?.url).toBe("http://gateway");
    expect(doc.tags.length).toBeGreaterThan(0);
    expect(doc.components.securitySchemes.bearerJwt).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("gives every operation an operationId, a summary, a declared tag and its security", async () => {
    const doc = await servedDocument();
    const declaredTags = new Set(doc.tags.map((t) => t.name));
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (!METHODS.includes(method)) continue;
        const where = `${method.toUpperCase()} ${path}`;
        expect(op.operationId, where).toBeTruthy();
        expect(op.summary, where).toBeTruthy();
        expect(op.tags?.length, where).toBeGreaterThan(0);
        // The security guard enforces exactly what is declared here; undeclared routes are refused.
        expect(Array.isArray(op.security), `${where} declares security`).toBe(true);
        for (const tag of op.tags ?? []) expect(declaredTags.has(tag), `${where} tag ${tag}`).toBe(true);
      }
    }
  });

  it("has unique operationIds", async () => {
    const doc = await servedDocument();
    const ids = Object.values(doc.paths).flatMap((item) =>
      Object.entries(item)
        .filter(([method]) => METHODS.includes(method))
        .map(([, op]) => op.operationId),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("equals the committed openapi/openapi.json apart from the servers", async () => {
    const { servers: _served, ...served } = await servedDocument();
    const { servers: _committed, ...file } = committed as unknown as Document;
    expect(served).toEqual(file);
  });
});

type Schema = {
  $ref?: string;
  example?: unknown;
  examples?: unknown;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
};

/** A body is documented with examples when it has one, or when every field it shows has one. */
function hasExample(doc: Document & { components: { schemas?: Record<string, Schema> } }, schema?: Schema): boolean {
  const resolved = schema?.$ref ? doc.components.schemas?.[schema.$ref.split("/").pop() ?? ""] : schema;
  if (!resolved) return false;
  if (resolved.example !== undefined || resolved.examples !== undefined) return true;
  if (resolved.enum || resolved.const !== undefined || resolved.type === "boolean") return true;
  if (resolved.properties) return Object.values(resolved.properties).every((p) => hasExample(doc, p));
  if (resolved.items) return hasExample(doc, resolved.items);
  const choices = resolved.anyOf ?? resolved.oneOf;
  return choices ? choices.some((c) => hasExample(doc, c)) : false;
}

describe("examples", () => {
  it("every request body has examples for what it carries", async () => {
    const doc = (await servedDocument()) as Document & { components: { schemas?: Record<string, Schema> } };
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const body = op.requestBody as { content?: Record<string, { schema?: Schema; example?: unknown }> } | undefined;
        const json = body?.content?.["application/json"];
        if (!json) continue;
        expect(json.example !== undefined || hasExample(doc, json.schema), `${method.toUpperCase()} ${path}`).toBe(
          true,
        );
      }
    }
  });
});

describe("inventory", () => {
  it("serves every documented operation, and documents every /api route it serves", async () => {
    const app = createApp();
    const served = new Set(
      app.routes
        .filter((route) => route.method !== "ALL" && route.path.startsWith("/api/"))
        .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, "{$1}")}`),
    );
    const documented = new Set(documentedOperations(await servedDocument()));
    expect([...served].sort()).toEqual([...documented].sort());
  });
});

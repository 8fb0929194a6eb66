import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCollection } from "./postman.mjs";

type Item = { name: string; item?: Item[]; request?: { method: string; url: { path: string[] } } };

const requests = (items: Item[]): Item[] => items.flatMap((item) => (item.item ? requests(item.item) : [item]));

describe("the Postman collection", () => {
  it("has one request per documented operation, and the envelope assertions", async () => {
    const spec = JSON.parse(readFileSync("openapi/openapi.json", "utf8")) as { paths: Record<string, object> };
    const operations = Object.values(spec.paths).flatMap((item) =>
      Object.keys(item).filter((m) => ["get", "post", "put", "patch", "delete"].includes(m)),
    );
    const collection = (await buildCollection()) as { item: Item[]; event: { script: { exec: string[] } }[] };
    expect(requests(collection.item)).toHaveLength(operations.length);
    expect(collection.event[0]?.script.exec.join("\n")).toContain("X-Request-Id");
  });
});

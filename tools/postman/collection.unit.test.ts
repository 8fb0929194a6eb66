import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCollection, operationsById } from "./collection.mjs";

type Request = { method: string; url: string; body?: { raw: string }; auth?: { type: string } };
type Item = {
  name: string;
  item?: Item[];
  request?: Request;
  event?: { listen: string; script: { exec: string[] } }[];
};

const spec = JSON.parse(readFileSync("openapi/openapi.json", "utf8"));
const collection = buildCollection(spec) as { item: Item[]; event: { script: { exec: string[] } }[] };
const requests = (items: Item[]): Item[] => items.flatMap((item) => (item.item ? requests(item.item) : [item]));
const all = requests(collection.item);

describe("the Postman collection", () => {
  it("covers every documented operation", () => {
    const covered = new Set(
      all.map((item) => {
        const path = new URL((item.request?.url ?? "").replace("{{baseUrl}}", "http://x")).pathname;
        return [...operationsById(spec).entries()].find(
          ([, op]) =>
            op.method === item.request?.method &&
            new RegExp(`^${op.path.replace(/\{\w+\}/g, "[^/]+")}$`).test(decodeURIComponent(path)),
        )?.[0];
      }),
    );
    expect([...operationsById(spec).keys()].filter((id) => !covered.has(id))).toEqual([]);
  });

  it("starts by signing in, ends by signing out, and never hard-codes an id", () => {
    expect(collection.item[0]?.name).toBe("Start here");
    const last = all.at(-2);
    expect(last?.request?.url).toBe("{{baseUrl}}/api/v1/auth/logout");
    expect(all.findIndex((item) => item.request?.url.endsWith("/auth/logout"))).toBe(all.length - 2);
    for (const item of all) {
      const text = `${item.request?.url} ${item.request?.body?.raw ?? ""}`;
      expect(text, item.name).not.toMatch(/\b(usr|ses|dlg|grp)_[0-9a-f]/);
    }
  });

  it("has every request assert one status, and the envelope assertions for all", () => {
    for (const item of all) {
      const tests = item.event?.find((event) => event.listen === "test")?.script.exec.join("\n") ?? "";
      expect(tests, item.name).toMatch(/pm\.response\.to\.have\.status\(\d{3}\)/);
    }
    expect(collection.event[0]?.script.exec.join("\n")).toContain("X-Request-Id");
  });

  it("refuses a workflow step whose status the contract does not document", () => {
    const narrowed = structuredClone(spec);
    delete narrowed.paths["/api/v1/health"].get.responses["200"];
    expect(() => buildCollection(narrowed)).toThrow(/getHealth: 200 is not documented/);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { API_VERSION } from "../openapi/document.ts";

const versionOf = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")).version;

// /api/v1/health reports the gateway package's version; a client comparing it with the document's
// info.version or the SDK it installed must read one number.
describe("one version for the gateway, its API document and its SDK", () => {
  it("the gateway package, API_VERSION and sdk/package.json agree", () => {
    expect(versionOf("../package.json")).toBe(API_VERSION);
    expect(versionOf("../sdk/package.json")).toBe(API_VERSION);
  });
});

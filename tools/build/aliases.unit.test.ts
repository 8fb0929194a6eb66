// The stand-ins wrangler.toml's `alias` puts in the Worker bundle (tools/build/*.js): each must do
// what GramJS, chanfana or zod would have asked of the module it replaces.
import { createRequire } from "node:module";
import { deflateSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { Parser } from "./no-html-parser.js";
import { SocksClient } from "./no-socks.js";
import yaml from "./no-yaml.js";
import { inflate } from "./pako-over-node-zlib.js";

// pako itself (GramJS's dependency) as the reference.
const pako = createRequire(import.meta.url)("pako") as { inflate: (data: Uint8Array) => Uint8Array };

describe("the bundle's stand-ins", () => {
  it("inflate gzip and zlib data exactly as pako does", () => {
    const text = new TextEncoder().encode("a gzip_packed answer ".repeat(200));
    for (const packed of [gzipSync(text), deflateSync(text)]) {
      expect(Buffer.from(inflate(packed))).toEqual(Buffer.from(pako.inflate(packed)));
      expect(Buffer.from(inflate(packed))).toEqual(Buffer.from(text));
    }
  });

  it("refuse loudly what the bundle left out", () => {
    expect(() => new Parser()).toThrow(/HTML parse mode/);
    expect(() => SocksClient.createConnection()).toThrow(/SOCKS/);
    expect(() => yaml.dump({})).toThrow(/js-yaml/);
  });
});

// The stand-ins wrangler.toml's `alias` puts in the Worker bundle (tools/build/*.js): each must do
// what GramJS, chanfana or zod would have asked of the module it replaces.
import { createRequire } from "node:module";
import { deflateSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import mime, { COMMON_TYPES } from "./few-mime-types.js";
import { Parser } from "./no-html-parser.js";
import { SocksClient } from "./no-socks.js";
import store2, { LocalStorage } from "./no-store-session.js";
import yaml from "./no-yaml.js";
import { inflate } from "./pako-over-node-zlib.js";
import createDebug from "./quiet-debug.js";

// pako itself (GramJS's dependency) as the reference.
const require = createRequire(import.meta.url);
const pako = require("pako") as { inflate: (data: Uint8Array) => Uint8Array };
// mime itself, for the types GramJS could ask about.
const realMime = require("mime") as {
  getType: (path: string) => string | null;
  getExtension: (type: string) => string | null;
};

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
    expect(() => new LocalStorage()).toThrow(/StoreSession/);
    expect(() => store2.area("session")).toThrow(/StoreSession/);
  });

  it("guess the common media types as mime does, and know nothing else", () => {
    for (const [type, extensions] of Object.entries(COMMON_TYPES)) {
      expect(mime.getExtension(type)).toBe(realMime.getExtension(type));
      for (const ext of extensions)
        expect(mime.getType(`/tmp/a.b/file.${ext.toUpperCase()}`)).toBe(realMime.getType(ext));
    }
    expect(mime.getType("model.glb")).toBeNull();
    expect(mime.getExtension("application/x-unknown")).toBeNull();
  });

  it("give file-type's zip reader a logger that is never on", () => {
    const debug = createDebug("tokenizer:inflate");
    expect(debug.enabled).toBe(false);
    expect(debug("Reading central-directory...")).toBeUndefined();
    expect(debug.extend("more").enabled).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { contentDisposition, matchesEtag, parseRange, sanitiseFileName, servedContentType } from "./serving.ts";
import { normaliseMimeType, trustedMimeType } from "./sniff.ts";

const PNG_HEAD = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe("the type an upload is trusted with", () => {
  it("is the sniffed type when the declaration agrees, aliases included", async () => {
    expect(await trustedMimeType(PNG_HEAD, "image/png")).toBe("image/png");
    expect(await trustedMimeType(PNG_HEAD, "IMAGE/PNG; charset=binary")).toBe("image/png");
    expect(normaliseMimeType("image/jpg")).toBe("image/jpeg");
  });

  it("is application/octet-stream when the bytes say something else or nothing", async () => {
    expect(await trustedMimeType(PNG_HEAD, "image/jpeg")).toBe("application/octet-stream");
    const html = new TextEncoder().encode("<!doctype html><script>alert(1)</script>");
    expect(await trustedMimeType(html, "text/html")).toBe("application/octet-stream");
    expect(await trustedMimeType(html, "image/png")).toBe("application/octet-stream");
    expect(normaliseMimeType("not a type")).toBe("application/octet-stream");
  });
});

describe("serving headers", () => {
  it("never hands a browser an active type, and names the file safely", () => {
    expect(servedContentType("image/svg+xml")).toBe("application/octet-stream");
    expect(servedContentType("text/html")).toBe("application/octet-stream");
    expect(servedContentType("image/png")).toBe("image/png");
    expect(contentDisposition("image/png", "a.png")).toMatch(/^inline; /);
    expect(contentDisposition("application/zip", 'x"y.zip')).toBe(
      `attachment; filename="x_y.zip"; filename*=UTF-8''x%22y.zip`,
    );
    expect(contentDisposition("application/pdf", "résumé.pdf")).toContain("filename*=UTF-8''r%C3%A9sum%C3%A9.pdf");
  });

  it("cleans file names of separators and control characters", () => {
    expect(sanitiseFileName("../../etc/passwd", 200)).toBe(".._.._etc_passwd");
    expect(sanitiseFileName("a\u0000b\u202Ec.txt", 200)).toBe("a_b_c.txt");
    expect(sanitiseFileName("  ", 200)).toBe("file");
    expect(sanitiseFileName("x".repeat(300), 200)).toHaveLength(200);
  });
});

describe("Range and If-None-Match", () => {
  it("reads one bytes= range and refuses ranges outside the file", () => {
    expect(parseRange("bytes=0-9", 100)).toEqual({ offset: 0, length: 10 });
    expect(parseRange("bytes=90-", 100)).toEqual({ offset: 90, length: 10 });
    expect(parseRange("bytes=-5", 100)).toEqual({ offset: 95, length: 5 });
    expect(parseRange("bytes=95-1000", 100)).toEqual({ offset: 95, length: 5 });
    expect(parseRange("bytes=100-", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=9-3", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=0-1,5-6", 100)).toBeNull();
    expect(parseRange("items=0-1", 100)).toBeNull();
    expect(parseRange(undefined, 100)).toBeNull();
  });

  it("matches an ETag in a list, weak or not", () => {
    expect(matchesEtag('"a", W/"b"', '"b"')).toBe(true);
    expect(matchesEtag("*", '"b"')).toBe(true);
    expect(matchesEtag('"a"', '"b"')).toBe(false);
    expect(matchesEtag(undefined, '"b"')).toBe(false);
  });
});

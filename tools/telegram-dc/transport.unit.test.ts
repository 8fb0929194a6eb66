import { describe, expect, it } from "vitest";
import { TransportCodec } from "./transport.ts";

const payload = Buffer.from("0123456789abcdef0123456789abcdef", "hex");

describe("TransportCodec", () => {
  it("recognises the abridged and intermediate tags and splits packets across chunks", () => {
    const abridged = new TransportCodec();
    const words = Buffer.from([payload.length / 4]);
    const stream = Buffer.concat([Buffer.from([0xef]), words, payload, words, payload]);
    expect(abridged.push(stream.subarray(0, 5))).toEqual([]);
    expect(abridged.push(stream.subarray(5))).toEqual([payload, payload]);
    expect(abridged.kind).toBe("abridged");

    const intermediate = new TransportCodec();
    const length = Buffer.alloc(4);
    length.writeInt32LE(payload.length);
    expect(intermediate.push(Buffer.concat([Buffer.alloc(4, 0xee), length, payload]))).toEqual([payload]);
    expect(intermediate.frame(payload)).toEqual(Buffer.concat([length, payload]));
  });

  it("checks the full transport's crc32 and sequence number", () => {
    const client = new TransportCodec();
    client.kind = "full";
    const server = new TransportCodec();
    const first = client.frame(payload);
    expect(server.push(first)).toEqual([payload]);
    expect(server.kind).toBe("full");
    const corrupted = client.frame(payload);
    corrupted[10] = (corrupted[10] ?? 0) ^ 0xff;
    expect(() => server.push(corrupted)).toThrow(/crc32/);
    const replay = new TransportCodec();
    replay.push(first);
    expect(() => replay.push(first)).toThrow(/seq/);
  });
});

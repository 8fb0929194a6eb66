// MTProto TCP transports, server side: the client picks one with its first bytes.
// https://core.telegram.org/mtproto/mtproto-transports
//   0xef                → abridged
//   0xeeeeeeee          → intermediate
//   anything else       → full (length, seq, payload, crc32): GramJS's default in Node and workerd
import { crc32 } from "telegram/Helpers.js";

export type TransportKind = "full" | "intermediate" | "abridged";

/** Splits a TCP byte stream into MTProto packets and frames the answers the same way. */
export class TransportCodec {
  kind: TransportKind | undefined;
  private buffer = Buffer.alloc(0);
  private sendSeq = 0;
  private recvSeq = 0;

  /** Feeds received bytes; returns every complete packet (payload only). */
  push(chunk: Buffer): Buffer[] {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    if (!this.kind) {
      if (this.buffer.length < 1) return [];
      if (this.buffer[0] === 0xef) {
        this.kind = "abridged";
        this.buffer = this.buffer.subarray(1);
      } else {
        if (this.buffer.length < 4) return [];
        if (this.buffer.readUInt32LE(0) === 0xeeeeeeee) {
          this.kind = "intermediate";
          this.buffer = this.buffer.subarray(4);
        } else {
          this.kind = "full";
        }
      }
    }
    const packets: Buffer[] = [];
    for (;;) {
      const packet = this.next();
      if (!packet) return packets;
      packets.push(packet);
    }
  }

  private next(): Buffer | undefined {
    const b = this.buffer;
    if (this.kind === "full") {
      if (b.length < 4) return undefined;
      const total = b.readInt32LE(0);
      if (total < 12 || total > 16 * 1024 * 1024) throw new Error(`bad full-transport length ${total}`);
      if (b.length < total) return undefined;
      const seq = b.readInt32LE(4);
      const payload = b.subarray(8, total - 4);
      const crc = b.readUInt32LE(total - 4);
      if (crc !== crc32(b.subarray(0, total - 4))) throw new Error("bad crc32");
      if (seq !== this.recvSeq) throw new Error(`bad transport seq ${seq}, expected ${this.recvSeq}`);
      this.recvSeq += 1;
      this.buffer = b.subarray(total);
      return Buffer.from(payload);
    }
    if (this.kind === "intermediate") {
      if (b.length < 4) return undefined;
      const length = b.readInt32LE(0);
      if (b.length < 4 + length) return undefined;
      this.buffer = b.subarray(4 + length);
      return Buffer.from(b.subarray(4, 4 + length));
    }
    // abridged
    if (b.length < 1) return undefined;
    let length: number;
    let header: number;
    if ((b[0] ?? 0) < 0x7f) {
      length = (b[0] ?? 0) * 4;
      header = 1;
    } else {
      if (b.length < 4) return undefined;
      length = b.readUIntLE(1, 3) * 4;
      header = 4;
    }
    if (b.length < header + length) return undefined;
    this.buffer = b.subarray(header + length);
    return Buffer.from(b.subarray(header, header + length));
  }

  /** Frames one payload for sending. */
  frame(payload: Buffer): Buffer {
    if (this.kind === "intermediate") {
      const head = Buffer.alloc(4);
      head.writeInt32LE(payload.length, 0);
      return Buffer.concat([head, payload]);
    }
    if (this.kind === "abridged") {
      const words = payload.length / 4;
      const head =
        words < 0x7f ? Buffer.from([words]) : Buffer.from([0x7f, words & 0xff, (words >> 8) & 0xff, words >> 16]);
      return Buffer.concat([head, payload]);
    }
    const head = Buffer.alloc(8);
    head.writeInt32LE(payload.length + 12, 0);
    head.writeInt32LE(this.sendSeq, 4);
    this.sendSeq += 1;
    const body = Buffer.concat([head, payload]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32LE(crc32(body), 0);
    return Buffer.concat([body, crc]);
  }

  /** The transport error a real DC sends before closing (e.g. -404 for an unknown auth key). */
  frameError(code: number): Buffer {
    const payload = Buffer.alloc(4);
    payload.writeInt32LE(-Math.abs(code), 0);
    return this.frame(payload);
  }
}

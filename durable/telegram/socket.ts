// GramJS's `networkSocket` for workerd: the same interface as its PromisedNetSockets (connect,
// write, read, readExactly, close) over `connect()` from cloudflare:sockets. It is also where a DC
// address is mapped: GramJS ignores the port of `session.setDC()` and dials port 80, so tests and
// local development route every DC to the loopback DC here, and production dials Telegram on 443.
import { connect } from "cloudflare:sockets";

interface DcRoute {
  hostname: string;
  port: number;
}

const closed = () => new Error("NetSocket was closed");

/** Builds the socket class GramJS instantiates (`new socket(proxy)`), bound to one address mapping. */
export function socketClassFor(override: DcRoute | undefined) {
  return class CloudflareSocket {
    private socket: Socket | undefined;
    private writer: WritableStreamDefaultWriter<Uint8Array> | undefined;
    private buffer = Buffer.alloc(0);
    private waiting: (() => void) | undefined;
    closed = true;

    async connect(port: number, ip: string) {
      const target = override ?? { hostname: ip, port: port === 80 ? 443 : port };
      this.socket = connect({ hostname: target.hostname, port: target.port });
      await this.socket.opened;
      this.writer = this.socket.writable.getWriter();
      this.buffer = Buffer.alloc(0);
      this.closed = false;
      void this.pump(this.socket.readable.getReader());
      return this;
    }

    private async pump(reader: ReadableStreamDefaultReader<Uint8Array>) {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          if (value?.byteLength) {
            this.buffer = Buffer.concat([this.buffer, Buffer.from(value)]);
            this.wake();
          }
        }
      } catch {
        // The peer reset the connection: treated as closed below.
      }
      this.closed = true;
      this.wake();
    }

    private wake() {
      const waiting = this.waiting;
      this.waiting = undefined;
      waiting?.();
    }

    private async waitForData() {
      while (this.buffer.length === 0) {
        if (this.closed) throw closed();
        await new Promise<void>((resolve) => {
          this.waiting = resolve;
        });
      }
    }

    async read(count: number): Promise<Buffer> {
      await this.waitForData();
      const chunk = this.buffer.subarray(0, count);
      this.buffer = this.buffer.subarray(chunk.length);
      return chunk;
    }

    async readExactly(count: number): Promise<Buffer> {
      const parts: Buffer[] = [];
      let remaining = count;
      while (remaining > 0) {
        const chunk = await this.read(remaining);
        parts.push(chunk);
        remaining -= chunk.length;
      }
      return Buffer.concat(parts);
    }

    async readAll(): Promise<Buffer> {
      await this.waitForData();
      const all = this.buffer;
      this.buffer = Buffer.alloc(0);
      return all;
    }

    write(data: Buffer) {
      if (this.closed || !this.writer) throw closed();
      this.writer.write(new Uint8Array(data)).catch(() => {
        this.closed = true;
        this.wake();
      });
    }

    async close() {
      this.closed = true;
      this.wake();
      try {
        await this.socket?.close();
      } catch {
        // already closed
      }
    }

    toString() {
      return "CloudflareSocket";
    }
  };
}

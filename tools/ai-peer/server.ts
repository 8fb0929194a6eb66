// The loopback AI peer (peer.ts) as a real HTTP server on 127.0.0.1: started by `npm start`
// (tools/dev-server.mjs) and by the workers tests' globalSetup (test/setup/ai-peer.ts).
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { createAiPeer, type PeerOptions } from "./peer.ts";

/** The development credentials: public on purpose (a real server has its own). */
export const LOOPBACK_AI = { apiKey: "sk-loopback-development-key-0000", model: "loopback-dev-model" } as const;

export type RunningAiPeer = { baseUrl: string; port: number; close(): Promise<void> };

function toRequest(req: IncomingMessage, body: Buffer, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
  }
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(`http://127.0.0.1${req.url ?? "/"}`, {
    method: req.method ?? "GET",
    headers,
    body: hasBody ? new Uint8Array(body) : undefined,
    signal,
  });
}

export async function startAiPeer(
  options: Partial<PeerOptions> & { port?: number; log?: (line: string) => void } = {},
): Promise<RunningAiPeer> {
  const peer = createAiPeer({
    apiKey: options.apiKey ?? LOOPBACK_AI.apiKey,
    model: options.model ?? LOOPBACK_AI.model,
    tokenDelayMs: options.tokenDelayMs,
  });
  const server = createServer(async (req, res) => {
    const abort = new AbortController();
    // The client hanging up (a cancel, a timeout) stops the reply.
    res.on("close", () => abort.abort());
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const response = await peer.handle(toRequest(req, Buffer.concat(chunks), abort.signal));
    options.log?.(`${req.method} ${req.url} → ${response.status}`);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    res.writeHead(response.status, headers);
    if (!response.body) return res.end();
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        res.write(value);
      }
      res.end();
    } catch {
      // A dropped stream (#drop): cut the connection without a proper end.
      res.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// Which WebSocket the realtime client opens. Browsers, Workers, Deno, Bun and Node ≥ 22 have a
// global one; Node 20 does not, so the caller passes one (e.g. `WebSocket` from the `ws` package).

/** What the client needs of a WebSocket: the browser's, Node's global one, workerd's and `ws` fit. */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: "open", listener: () => void): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
  addEventListener(type: "close", listener: (event: { code: number; reason: string }) => void): void;
  addEventListener(type: "error", listener: (event: unknown) => void): void;
}

/** A WebSocket class: `new WebSocket(url, protocols)`. */
export type WebSocketConstructor = new (url: string, protocols: string[]) => WebSocketLike;

export type Connect = (url: string, protocols: string[]) => WebSocketLike | Promise<WebSocketLike>;

/** Raised at `start()` when there is no WebSocket to open: retrying cannot help. */
export class NoWebSocketError extends Error {
  constructor() {
    super(
      "This runtime has no global WebSocket (Node 20 has none): pass one, e.g. " +
        '`import WebSocket from "ws"; createRealtimeClient({ ..., WebSocket })`, or pass `connect`.',
    );
    this.name = "NoWebSocketError";
  }
}

/** The way to open sockets: `connect`, else the given class, else the global one; throws if none. */
export function resolveConnect(options: { connect?: Connect; WebSocket?: WebSocketConstructor }): Connect {
  if (options.connect) return options.connect;
  const Socket = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (!Socket) throw new NoWebSocketError();
  return (url, protocols) => new Socket(url, protocols);
}

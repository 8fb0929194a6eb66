// The SDK from Node, in a scratch project that installed the packed tarball (see
// test-browser/sdk-package.test.ts), run with Node 20 and with the pinned Node. GATEWAY_URL,
// PHONE_A, PHONE_B (test numbers) and CODE come from the environment; it prints one JSON report.
import { createRealtimeClient, NoWebSocketError } from "@iambig/sdk";
import { run } from "./flow.mjs";

const report = { node: process.version, globalWebSocket: typeof globalThis.WebSocket === "function" };

// Where the platform has no WebSocket (Node 20) the client says so at once instead of retrying;
// the caller then passes one (here the `ws` package's).
if (!report.globalWebSocket) {
  try {
    createRealtimeClient({ baseUrl: process.env.GATEWAY_URL, token: "unused" }).start();
    report.noWebSocket = "started anyway";
  } catch (error) {
    report.noWebSocket = error instanceof NoWebSocketError ? "NoWebSocketError" : String(error);
  }
}
const WebSocket = globalThis.WebSocket ?? (await import("ws")).default;

Object.assign(
  report,
  await run({
    baseUrl: process.env.GATEWAY_URL,
    phoneA: process.env.PHONE_A,
    phoneB: process.env.PHONE_B,
    code: process.env.CODE,
    runtime: process.version,
    WebSocket,
  }),
);
console.log(JSON.stringify(report));

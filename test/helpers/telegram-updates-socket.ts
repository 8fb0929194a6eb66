// Opening a Telegram session's updates WebSocket (GET /updates/ws) from tests, collecting the
// frames as a client reads them.
import { exports } from "cloudflare:workers";
import { BASE } from "./telegram.ts";

export async function openUpdates(headers: Record<string, string>, query = "") {
  const response = await exports.default.fetch(`${BASE}/updates/ws${query}`, {
    headers: { upgrade: "websocket", ...headers },
  });
  const socket = response.webSocket;
  // biome-ignore lint/suspicious/noExplicitAny: frames are read as a client reads them
  const frames: any[] = [];
  if (socket) {
    socket.accept();
    socket.addEventListener("message", (event) => {
      frames.push(JSON.parse(String(event.data)));
    });
  }
  return { response, socket, frames };
}

// `npm start`: the whole API on http://localhost:8787 with local D1/KV/R2/Queues/Durable Objects.
import { startGateway } from "./dev-server.mjs";
import "./prepare-assets.mjs";

const port = Number(process.env.PORT ?? 8787);
const gateway = await startGateway({ port, inheritOutput: true });
console.log(`\nBIG Gateway is serving ${gateway.url}  (API reference: ${gateway.url}/docs)`);
if (gateway.telegramDc) {
  console.log(
    `Telegram proxy → loopback DC at ${gateway.telegramDc.address} (control API ${gateway.telegramDc.controlUrl});` +
      " sign in with +99966XYYYY and code XXXXX. Make an API key: npm run apikey -- create my-app",
  );
}
if (gateway.aiPeer) {
  console.log(
    `Assistant → loopback AI peer at ${gateway.aiPeer.baseUrl} (development replies; set AI_BASE_URL for a real model)`,
  );
}
console.log("");

const shutdown = async () => {
  await gateway.stop();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
gateway.child.once("exit", (code) => process.exit(code ?? 1));

// `npm start`: the whole API on http://localhost:8787 with local D1/KV/R2/Queues/Durable Objects.
import { portIsFree, startGateway } from "./dev-server.mjs";

const port = Number(process.env.PORT ?? 8787);
if (!(await portIsFree(port))) {
  console.error(`Port ${port} is busy (another npm start?). Stop it, or pick another port: PORT=${port + 1} npm start`);
  process.exit(1);
}
let gateway;
try {
  gateway = await startGateway({ port, inheritOutput: true });
} catch (error) {
  // What went wrong, without a stack trace of this script.
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
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

// Runs the loopback Telegram DC on its own (npm start already runs it beside wrangler dev):
//   node tools/telegram-dc/main.ts [--port 9443]
// and prints the vars that point a Worker at it.
import { startLoopbackDc } from "./server.ts";

const portIndex = process.argv.indexOf("--port");
const port = portIndex >= 0 ? Number(process.argv[portIndex + 1]) : 9443;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error("usage: node tools/telegram-dc/main.ts [--port N]");
  process.exit(2);
}

const dc = await startLoopbackDc({
  port,
  controlPort: port ? port + 1 : 0,
  log: (line) => console.log(`[dc] ${line}`),
});
console.log(`Loopback Telegram DC ${dc.dcId} on ${dc.host}:${dc.port}, control API ${dc.controlUrl}`);
console.log("Point wrangler dev at it with:");
console.log(`  --var TELEGRAM_DC_ADDRESS:${dc.host}:${dc.port} --var TELEGRAM_DC_RSA_N:${dc.rsa.nHex}`);
process.on("SIGINT", () => dc.close().then(() => process.exit(0)));
process.on("SIGTERM", () => dc.close().then(() => process.exit(0)));

// `npm run bench`: starts the gateway and a bare Hono reference Worker under `wrangler dev`
// (fresh local state), loads both on loopback, and prints figures and ratios as JSON.
// Not a test: nothing here asserts a time.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startGateway, startWorker } from "../dev-server.mjs";
import { measureHttp } from "./http.mjs";
import { BENCH_CODE, BENCH_PHONE, signIn } from "./sign-in.mjs";

const durationSeconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const state = mkdtempSync(join(tmpdir(), "big-gateway-bench-"));

// Request logs off, as a production deployment would sample them: the bench measures the API.
const gateway = await startGateway({
  port: await freePort(),
  persistTo: join(state, "gateway"),
  extraVars: { AUTH_TEST_NUMBERS: `${BENCH_PHONE}:${BENCH_CODE}`, LOG_LEVEL: "error" },
});
const hello = await startWorker({
  port: await freePort(),
  persistTo: join(state, "hello"),
  configPath: "tools/bench/hello.wrangler.toml",
});

try {
  const options = { connections, durationSeconds };
  const reference = await measureHttp(`${hello.url}/hello`, options);
  const proxyHealth = await measureHttp(`${gateway.url}/api/telegram-proxy/health`, options);
  const health = await measureHttp(`${gateway.url}/api/v1/health`, options);
  const { accessToken } = await signIn(gateway.url);
  const me = await measureHttp(`${gateway.url}/api/v1/me`, {
    ...options,
    headers: { authorization: `Bearer ${accessToken}` },
  });
  const ratio = (figure) => Number((figure.requestsPerSecond / reference.requestsPerSecond).toFixed(3));
  const report = {
    machine: { cores: (await import("node:os")).cpus().length, node: process.version },
    settings: { connections, durationSeconds },
    http: {
      reference: { what: "bare Hono GET /hello on the same workerd", ...reference },
      proxyHealth: {
        what: "GET /api/telegram-proxy/health (full middleware stack)",
        ...proxyHealth,
        ratioToReference: ratio(proxyHealth),
      },
      health: {
        what: "GET /api/v1/health (D1 + KV + R2 + Queue round trips)",
        ...health,
        ratioToReference: ratio(health),
      },
      me: {
        what: "GET /api/v1/me (JWT check + session revocation read + profile read, D1)",
        ...me,
        ratioToReference: ratio(me),
      },
    },
  };
  console.log(JSON.stringify(report, null, 2));
} finally {
  await Promise.all([gateway.stop(), hello.stop()]);
  rmSync(state, { recursive: true, force: true });
}

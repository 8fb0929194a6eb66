// Measures authenticated request throughput: `node tools/bench-auth.mjs [requests] [concurrency]`.
// Starts the gateway under `wrangler dev` with fresh local state, signs in through a test number,
// then calls GET /api/v1/users?username=… (bearer check + one D1 read) and prints req/s and
// latency percentiles. Every bearer request also reads its session row (revocation check).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startGateway } from "./dev-server.mjs";

const total = Number(process.argv[2] ?? 2000);
const concurrency = Number(process.argv[3] ?? 10);
const persistTo = mkdtempSync(join(tmpdir(), "bench-auth-"));
const phone = "+12015550188";
const gateway = await startGateway({
  port: Number(process.env.PORT ?? 8799),
  persistTo,
  extraVars: { AUTH_TEST_NUMBERS: `${phone}:424242`, LOG_LEVEL: "error" },
});

try {
  const post = (path, body) =>
    fetch(`${gateway.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }).then((res) => res.json());
  await post("/api/v1/auth/code", { phone });
  const { data } = await post("/api/v1/auth/verify", {
    phone,
    code: "424242",
    device: { name: "bench", platform: "other" },
  });
  const headers = { authorization: `Bearer ${data.accessToken}` };
  const url = `${gateway.url}/api/v1/users?username=nobody_here`;

  const latencies = [];
  let next = 0;
  let failures = 0;
  const worker = async () => {
    while (next < total) {
      next += 1;
      const started = performance.now();
      const res = await fetch(url, { headers });
      await res.arrayBuffer();
      if (res.status !== 200) failures += 1;
      latencies.push(performance.now() - started);
    }
  };
  // Warm up, then measure.
  for (let i = 0; i < 50; i++) await (await fetch(url, { headers })).arrayBuffer();
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
  console.log(
    `${total} requests, ${concurrency} at a time: ${(total / seconds).toFixed(0)} req/s, p50 ${pct(50)} ms, p99 ${pct(99)} ms, ${failures} non-200`,
  );
} finally {
  await gateway.stop();
  rmSync(persistTo, { recursive: true, force: true });
}

// HTTP load with autocannon: bounded in time, loopback only.
import autocannon from "autocannon";

/**
 * `cpuMs`: the server's CPU used so far (tools/bench/cpu.mjs), to print its CPU per request,
 * which holds steady when other work on the machine makes throughput swing.
 * @returns {Promise<{ requestsPerSecond: number, latencyMs: { p50: number, p99: number }, errors: number, non2xx: number, serverCpuMsPerRequest?: number }>}
 */
export async function measureHttp(url, { connections = 10, durationSeconds = 5, headers = {}, cpuMs } = {}) {
  const cpuBefore = cpuMs?.() ?? null;
  const result = await autocannon({ url, connections, duration: durationSeconds, headers });
  const cpuAfter = cpuMs?.() ?? null;
  const requests = result.requests.total;
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
    errors: result.errors,
    non2xx: result.non2xx,
    ...(cpuBefore !== null && cpuAfter !== null && requests > 0
      ? { serverCpuMsPerRequest: Number(((cpuAfter - cpuBefore) / requests).toFixed(3)) }
      : {}),
  };
}

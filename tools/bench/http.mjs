// HTTP load with autocannon: bounded in time, loopback only.
import autocannon from "autocannon";

/** @returns {Promise<{ requestsPerSecond: number, latencyMs: { p50: number, p99: number }, errors: number, non2xx: number }>} */
export async function measureHttp(url, { connections = 10, durationSeconds = 5, headers = {} } = {}) {
  const result = await autocannon({ url, connections, duration: durationSeconds, headers });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

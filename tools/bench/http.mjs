// HTTP load with autocannon: bounded in time, loopback only.
import autocannon from "autocannon";

/**
 * Loads each target in turn, one second at a time, for `durationSeconds` rounds: on a machine
 * whose other work comes and goes, every target sees the same share of it, so their ratios hold
 * where back-to-back runs of several seconds each swung by a third.
 * A target: `{ url, headers?, cpuMs? }`; `cpuMs` is the server's CPU used so far
 * (tools/bench/cpu.mjs), for its CPU per request.
 * @returns {Promise<Record<string, { requestsPerSecond: number, latencyMs: { p50: number, p99: number }, errors: number, non2xx: number, serverCpuMsPerRequest?: number }>>}
 */
export async function measureHttpInterleaved(targets, { connections = 10, durationSeconds = 5 } = {}) {
  const totals = Object.fromEntries(
    Object.keys(targets).map((name) => [
      name,
      { requests: 0, seconds: 0, cpuMs: 0, p50s: [], p99: 0, errors: 0, non2xx: 0 },
    ]),
  );
  for (let round = 0; round < durationSeconds; round++) {
    for (const [name, target] of Object.entries(targets)) {
      const total = totals[name];
      const cpuBefore = target.cpuMs?.() ?? 0;
      const result = await autocannon({ url: target.url, connections, duration: 1, headers: target.headers ?? {} });
      total.cpuMs += (target.cpuMs?.() ?? 0) - cpuBefore;
      total.requests += result.requests.total;
      total.seconds += result.duration;
      total.p50s.push(result.latency.p50);
      total.p99 = Math.max(total.p99, result.latency.p99);
      total.errors += result.errors;
      total.non2xx += result.non2xx;
    }
  }
  return Object.fromEntries(
    Object.entries(totals).map(([name, total]) => [
      name,
      {
        requestsPerSecond: Math.round(total.requests / total.seconds),
        // The median of the rounds' p50, and the worst round's p99.
        latencyMs: { p50: total.p50s.sort((a, b) => a - b)[Math.floor(total.p50s.length / 2)], p99: total.p99 },
        errors: total.errors,
        non2xx: total.non2xx,
        ...(targets[name].cpuMs && total.requests > 0
          ? { serverCpuMsPerRequest: Number((total.cpuMs / total.requests).toFixed(3)) }
          : {}),
      },
    ]),
  );
}

/**
 * One target for `durationSeconds` in one run (the search bench, the profiler).
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

import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";

// Per-stage timings of a request in a `Server-Timing` header (`auth;dur=1.2, send;dur=3.4`), so
// `npm run bench` (and a browser's network panel) can tell where a request spends its time. In
// Workers the clock moves only across I/O, so a stage's duration is the I/O it waited for: the
// round trips this exists to show. Stage names and numbers only; nothing about the caller.

/** Runs `work` as the named stage of this request and records how long it took. */
export async function timed<T>(c: Context<AppEnv>, stage: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    const stages = c.get("timings") ?? [];
    stages.push(`${stage};dur=${(performance.now() - started).toFixed(1)}`);
    c.set("timings", stages);
  }
}

/** Writes the stages recorded during the request, if any, on its answer. */
export const serverTiming: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const stages = c.get("timings");
  // A WebSocket upgrade's answer comes from the user's object with headers that cannot change.
  if (stages?.length && c.res.status !== 101) c.res.headers.set("Server-Timing", stages.join(", "));
};

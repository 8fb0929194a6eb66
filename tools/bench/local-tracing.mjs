// wrangler dev records every span of every invocation in a local SQLite store for its explorer, on
// the Worker's own thread: 20-22 % of the gateway thread's samples (session 10's perf record), a
// cost per call and round trip, not per line of our code, which production pays off that thread.
// `npm run bench` and `npm run profile` run both sides without it, unless BENCH_LOCAL_TRACING=1.
export const benchLocalTracing = process.env.BENCH_LOCAL_TRACING === "1";

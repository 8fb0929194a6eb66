import type { Db } from "../privacy/d1.ts";

// A D1 stand-in for the unit tests of the copies objects keep of D1 rows (durable/user/): every
// `all()` answers `rows()` once `gate` opens, and counts the reads. Node-only: never imported by
// Worker code.

export function fakeD1(rows: () => Record<string, unknown>[], gate: Promise<void> = Promise.resolve()) {
  const reads = { n: 0 };
  const db: Db = {
    prepare: () => ({
      bind: () => ({
        first: async () => null,
        all: async <T>() => {
          reads.n += 1;
          await gate;
          return { results: rows() as T[] };
        },
        run: async () => ({}),
      }),
    }),
  };
  return { db, reads };
}

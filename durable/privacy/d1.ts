/**
 * The part of D1Database these modules use. Named structurally because durable/index.ts (which
 * re-exports them) is also loaded by Node tooling, where the Workers types do not exist.
 */
export type Db = {
  prepare(query: string): {
    bind(...values: unknown[]): {
      first<T = Record<string, unknown>>(): Promise<T | null>;
      all<T = Record<string, unknown>>(): Promise<{ results: T[] }>;
      run(): Promise<unknown>;
    };
  };
};

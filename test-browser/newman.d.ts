// The part of newman's API (6.2, no bundled types) that test-browser/postman.test.ts uses.
declare module "newman" {
  export interface NewmanRunSummary {
    run: {
      stats: { assertions: { total: number; failed: number }; requests: { total: number; failed: number } };
      executions: { item: { name: string }; response?: { code: number } }[];
      failures: { source?: { name?: string }; error?: { test?: string; message?: string } }[];
    };
  }
  export interface NewmanRunOptions {
    collection: object;
    reporters?: string[];
    timeoutRequest?: number;
  }
  const newman: {
    run(options: NewmanRunOptions, callback: (error: Error | null, summary: NewmanRunSummary) => void): void;
  };
  export default newman;
}

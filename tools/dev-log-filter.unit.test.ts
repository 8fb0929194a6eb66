import { describe, expect, it } from "vitest";
import { wranglerLogFilter } from "./dev-log-filter.mjs";

const table = "Your Worker has access to the following bindings:\nBinding   Resource\nenv.DB (big-gateway)   D1\n\n";

describe("the npm start log filter", () => {
  it("shows the bindings table once and drops wrangler's request lines, keeping everything else", () => {
    const filter = wranglerLogFilter();
    const shown = [
      filter(" ⛅️ wrangler 4.164.0\n"),
      filter(table),
      filter("⎔ Connection status updated\n"),
      filter(table.slice(0, 20)),
      filter(table.slice(20)),
      filter("[wrangler:info] Ready on http://127.0.0.1:8787\n"),
      filter('{"level":"info","message":"request","status":200}\n'),
      filter("\x1b[2m[wrangler:info] GET /api/v1/health 200 OK (12ms)\x1b[0m\n"),
      filter("[wrangler:info] QUEUE big-gateway-push 1/1 (1ms)\n"),
      filter(
        '\x1b[33m▲ \x1b[43;33m[\x1b[43;30mWARNING\x1b[43;33m]\x1b[0m \x1b[1m{"level":"warn","status":401}\x1b[0m\n\n\n',
      ),
      filter("done\n"),
    ].join("");
    expect(shown).toBe(
      ` ⛅️ wrangler 4.164.0\n${table}⎔ Connection status updated\n[wrangler:info] Ready on http://127.0.0.1:8787\n` +
        '{"level":"info","message":"request","status":200}\n[wrangler:info] QUEUE big-gateway-push 1/1 (1ms)\n' +
        '{"level":"warn","status":401}\ndone\n',
    );
  });
});

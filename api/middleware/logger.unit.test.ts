import { Hono } from "hono";
import { requestId } from "hono/request-id";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AppEnv, Config } from "../env.ts";
import { ApiError } from "../errors.ts";
import { notFound, onError } from "./error-handler.ts";
import { requestLogger } from "./logger.ts";

function app() {
  const app = new Hono<AppEnv>();
  app.use(requestId());
  app.use(requestLogger);
  app.use(async (c, next) => {
    c.set("config", { logLevel: "info" } as Config);
    await next();
  });
  app.onError(onError);
  app.notFound(notFound(() => []));
  app.get("/fine", (c) => c.json({ success: true, data: {} }));
  app.get("/refused", () => {
    throw ApiError.badRequest("nope", undefined, "CODE_INVALID");
  });
  app.get("/broken", () => {
    throw new TypeError("x is undefined");
  });
  app.get("/answered", (c) => c.json({ success: false, error: { code: "CHAT_NOT_FOUND", message: "no" } }, 404));
  return app;
}

/** Every line written to the console while `run` runs, parsed, with the stream it went to. */
async function linesOf(run: () => unknown) {
  const lines: { stream: string; line: Record<string, unknown> }[] = [];
  for (const stream of ["log", "warn", "error"] as const) {
    vi.spyOn(console, stream).mockImplementation((text: string) => lines.push({ stream, line: JSON.parse(text) }));
  }
  await run();
  return lines;
}

afterEach(() => vi.restoreAllMocks());

describe("the request log", () => {
  it("is one line per request: info when it worked, warn with the code when refused", async () => {
    const ok = await linesOf(() => app().request("/fine"));
    expect(ok).toEqual([
      { stream: "log", line: expect.objectContaining({ level: "info", status: 200, route: "/fine" }) },
    ]);
    const refused = await linesOf(() => app().request("/refused?secret=1"));
    expect(refused).toEqual([
      {
        stream: "warn",
        line: expect.objectContaining({ level: "warn", status: 400, code: "CODE_INVALID", route: "/refused" }),
      },
    ]);
    const answered = await linesOf(() => app().request("/answered"));
    expect(answered.map((l) => l.line.code)).toEqual(["CHAT_NOT_FOUND"]);
    const missing = await linesOf(() => app().request("/nowhere"));
    expect(missing.map((l) => [l.stream, l.line.code])).toEqual([["warn", "NOT_FOUND"]]);
  });

  it("logs an unexpected exception once, at error, with its cause and no stack", async () => {
    const lines = await linesOf(() => app().request("/broken"));
    expect(lines).toHaveLength(1);
    expect(lines[0]?.line).toMatchObject({
      level: "error",
      status: 500,
      code: "INTERNAL_ERROR",
      error: "TypeError: x is undefined",
    });
    expect(JSON.stringify(lines[0]?.line)).not.toMatch(/stack|at .*\.ts:\d+/);
  });
});

import type { OpenAPIHono } from "@hono/zod-openapi";
import { downloadExportRoute, getExportRoute, requestExportRoute } from "../../openapi/exports.ts";
import type { AppEnv, Bindings } from "../env.ts";
import { ApiError } from "../errors.ts";
import { buildArchive } from "./archive.ts";
import { buildingExport, findExport, finishExport, insertExport, toDataExport } from "./store.ts";

/** Builds the archive into R2 and records the outcome; never throws (it runs after the response). */
async function runExport(env: Bindings, userId: string, exportId: string, key: string) {
  try {
    const json = JSON.stringify(await buildArchive(env, userId, Date.now()));
    const body = new TextEncoder().encode(json);
    await env.ATTACHMENTS.put(key, body, { httpMetadata: { contentType: "application/json" } });
    await finishExport(env.DB, exportId, { sizeBytes: body.byteLength }, Date.now());
  } catch (error) {
    console.error(JSON.stringify({ level: "error", message: "export failed", exportId, error: String(error) }));
    await finishExport(env.DB, exportId, { error: "The export could not be built: ask again" }, Date.now()).catch(
      () => {},
    );
  }
}

export function registerExportRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(requestExportRoute, async (c) => {
    const { userId } = c.get("auth");
    const now = Date.now();
    const running = await buildingExport(c.env.DB, userId, now);
    if (running) return c.json({ success: true as const, data: toDataExport(running, now) }, 200);
    const row = await insertExport(c.env.DB, userId, now);
    c.executionCtx.waitUntil(runExport(c.env, userId, row.id, row.r2_key));
    return c.json({ success: true as const, data: toDataExport(row, now) }, 202);
  });

  app.openapi(getExportRoute, async (c) => {
    const { exportId } = c.req.valid("param");
    const now = Date.now();
    const row = await findExport(c.env.DB, c.get("auth").userId, exportId, now);
    if (!row) throw ApiError.notFound("Export not found");
    return c.json({ success: true as const, data: toDataExport(row, now) }, 200);
  });

  app.openapi(downloadExportRoute, async (c) => {
    const { exportId } = c.req.valid("param");
    const row = await findExport(c.env.DB, c.get("auth").userId, exportId, Date.now());
    const object = row?.status === "ready" ? await c.env.ATTACHMENTS.get(row.r2_key) : null;
    if (!row || !object) throw ApiError.notFound("Export not found or not ready");
    return new Response(object.body, {
      status: 200,
      headers: {
        "content-type": "application/json",
        "content-disposition": `attachment; filename="big-export-${row.id}.json"`,
        "content-length": String(object.size),
      },
    });
  });
}

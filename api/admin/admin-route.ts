// The base of the admin API's chanfana routes. chanfana validates the request against the route's
// schema; with `passthroughErrors` its exceptions reach our one error handler, but as chanfana's
// own classes: this base turns them into ApiError first, so the admin API answers in the same
// envelope (VALIDATION_FAILED with the failing fields, MALFORMED_JSON, 415) as every other route.
import { type ApiException, MultiException, OpenAPIRoute } from "chanfana";
import type { Context } from "hono";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";

type Issue = { path: string; message: string; code: string };

function issuesOf(error: MultiException): Issue[] {
  return (error.buildResponse() as { code: number; message: string; path?: string[] | null }[]).map((issue) => ({
    path: (issue.path ?? []).join("."),
    message: issue.message,
    code: String(issue.code),
  }));
}

export abstract class AdminRoute extends OpenAPIRoute<[Context<AppEnv>]> {
  /** The validated request, or the ApiError a bad one deserves. */
  protected async input<S>(c: Context<AppEnv>) {
    if (this.schema.request?.body) await assertJsonBody(c);
    try {
      return await this.getValidatedData<S>();
    } catch (error) {
      if (error instanceof MultiException || (error as ApiException)?.status === 400) {
        const issues = error instanceof MultiException ? issuesOf(error) : [];
        const target = issues[0]?.path.split(".")[0] ?? "request";
        throw ApiError.badRequest(`Invalid request ${target}`, { target, issues });
      }
      throw error;
    }
  }
}

/** chanfana reads a bad or missing body as `{}`: say what is wrong instead. */
async function assertJsonBody(c: Context<AppEnv>) {
  if (!(c.req.header("content-type") ?? "").toLowerCase().startsWith("application/json")) {
    throw new ApiError(415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type must be application/json");
  }
  try {
    await c.req.raw.clone().json();
  } catch {
    throw ApiError.badRequest("The body is not valid JSON", undefined, "MALFORMED_JSON");
  }
}

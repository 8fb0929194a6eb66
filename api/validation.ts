import type { Hook } from "@hono/zod-openapi";
import type { AppEnv } from "./env.ts";
import { ApiError } from "./errors.ts";

export type FieldIssue = { path: string; message: string; code: string };

/** zod's issues as `[{path: "contacts.3.phone", message, code}]`: what a client can show next to a field. */
export function fieldIssues(issues: readonly { path: PropertyKey[]; message: string; code: string }[]): FieldIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
    code: issue.code,
  }));
}

/** Every route's validation failure becomes a 400 in the envelope, naming the failing fields. */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (result.success) return;
  const where = result.target === "json" ? "body" : result.target;
  throw ApiError.badRequest(`Invalid request ${where}`, { target: where, issues: fieldIssues(result.error.issues) });
};

// The Postman collection (docs-site/dist/big-gateway.postman_collection.json), built from the
// workflow (./workflow.mjs) and openapi/openapi.json: each step's method, path and documentation
// come from its operation, and the builder refuses a step whose status is not documented or whose
// path parameters are missing. Every request asserts its status; the collection's own test
// asserts the envelope of every /api/v1 answer and X-Request-Id on every answer.
import { readFileSync } from "node:fs";
import { CAPTURED_VARIABLES, INPUT_VARIABLES } from "./variables.mjs";
import { WORKFLOW } from "./workflow.mjs";

const HTTP_METHODS = ["get", "post", "put", "patch", "delete"];

const envelopeChecks = `
pm.test("answer carries X-Request-Id", function () {
  pm.expect(pm.response.headers.get("X-Request-Id")).to.be.a("string").and.not.empty;
});
// A file download (an export, an attachment) is the file itself, not the envelope.
var isFile = (pm.response.headers.get("Content-Disposition") || "").startsWith("attachment");
if (pm.request.url.getPath().startsWith("/api/v1") && !isFile && (pm.response.headers.get("Content-Type") || "").includes("json")) {
  pm.test("answer is the envelope and success matches the status", function () {
    var body = pm.response.json();
    pm.expect(body.success).to.equal(pm.response.code < 400);
    if (body.success) pm.expect(body).to.have.property("data");
    else pm.expect(body.error).to.include.keys("code", "message");
  });
}`;

/** @returns {Map<string, { method: string, path: string, operation: Record<string, any> }>} */
export function operationsById(spec) {
  const operations = new Map();
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation) operations.set(operation.operationId, { method: method.toUpperCase(), path, operation });
    }
  }
  return operations;
}

const bearer = (token) => ({ type: "bearer", bearer: [{ key: "token", value: token, type: "string" }] });
const AUTH = {
  friend: bearer("{{friendAccessToken}}"),
  apiKey: bearer("{{apiKey}}"),
  admin: bearer("{{adminToken}}"),
  none: { type: "noauth" },
};

const script = (lines) => ({ type: "text/javascript", exec: lines.join("\n").split("\n") });

function fillPath(path, values = {}, op) {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
  for (const name of Object.keys(values)) {
    if (!names.includes(name)) throw new Error(`postman step ${op}: ${path} has no {${name}}`);
  }
  return path.replace(/\{(\w+)\}/g, (_, name) => {
    if (values[name] === undefined) throw new Error(`postman step ${op}: no value for {${name}}`);
    return values[name];
  });
}

// "{{#name}}" in a body is a variable that holds a number: it goes in unquoted.
const jsonBody = (body) => JSON.stringify(body, null, 2).replace(/"\{\{#(\w+)\}\}"/g, "{{$1}}");

function requestItem(step, operations) {
  const found = operations.get(step.op);
  if (!found) throw new Error(`postman step: no operation ${step.op} in openapi.json`);
  const { method, path, operation } = found;
  const documented = Object.keys(operation.responses);
  if (!documented.includes(String(step.status))) {
    throw new Error(`postman step ${step.op}: ${step.status} is not documented (${documented.join(", ")})`);
  }
  const query = Object.entries(step.query ?? {})
    .map(([key, value]) => `${key}=${value}`)
    .join("&");
  const headers = Object.entries({
    ...(step.body ? { "Content-Type": "application/json" } : {}),
    ...(step.raw ? { "Content-Type": step.raw.contentType } : {}),
    ...step.headers,
  }).map(([key, value]) => ({ key, value }));

  const tests = [
    `pm.test("answers ${step.status}, as documented", function () {`,
    `  pm.response.to.have.status(${step.status});`,
    "});",
    'var body = (pm.response.headers.get("Content-Type") || "").includes("json") ? pm.response.json() : undefined;',
    ...(step.checks ?? []).flatMap((check) => [
      `pm.test(${JSON.stringify(check)}, function () {`,
      `  ${check};`,
      "});",
    ]),
    ...Object.entries(step.capture ?? {}).flatMap(([variable, expression]) => [
      `pm.test("stores ${variable}", function () {`,
      `  var value = ${expression};`,
      "  pm.expect(value).to.exist;",
      `  pm.collectionVariables.set("${variable}", String(value));`,
      "});",
    ]),
  ];
  return {
    name: step.name ?? operation.summary ?? step.op,
    request: {
      method,
      ...(step.auth ? { auth: AUTH[step.auth] } : {}),
      header: headers,
      url: `{{baseUrl}}${fillPath(path, step.path, step.op)}${query ? `?${query}` : ""}`,
      ...(step.body ? { body: { mode: "raw", raw: jsonBody(step.body) } } : {}),
      // A file's bytes (an upload), sent as they are.
      ...(step.raw ? { body: { mode: "raw", raw: step.raw.text } } : {}),
      description: `${operation.description ?? operation.summary ?? ""}\n\n\`${method} ${path}\` · documented answers: ${documented.join(", ")}`,
    },
    event: [
      ...(step.prerequest ? [{ listen: "prerequest", script: script([step.prerequest]) }] : []),
      { listen: "test", script: script(tests) },
    ],
  };
}

const description = `A workflow over the BIG Gateway API, in order: run the whole collection (Runner, or \`newman run\`).
"Start here" signs two test numbers in and keeps their tokens; later requests reuse what earlier ones created; signing out comes last.
Set \`phone\`, \`friendPhone\` and \`code\` to test numbers of your server (AUTH_TEST_NUMBERS), and \`apiKey\` for the Telegram proxy.
Every request checks its documented status and the envelope. Guide: https://docs.iambig.ai/postman.html`;

/** @returns {Record<string, any>} the collection (Postman v2.1), ready to import or run with newman */
export function buildCollection(
  spec = JSON.parse(readFileSync(new URL("../../openapi/openapi.json", import.meta.url), "utf8")),
) {
  const operations = operationsById(spec);
  return {
    info: {
      name: "BIG Gateway",
      description,
      schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
    },
    auth: bearer("{{accessToken}}"),
    variable: [
      ...INPUT_VARIABLES.map((variable) => ({ ...variable, type: "string" })),
      ...Object.entries(CAPTURED_VARIABLES).map(([key, about]) => ({
        key,
        value: "",
        type: "string",
        description: `Set by the collection: ${about}`,
      })),
    ],
    event: [{ listen: "test", script: script([envelopeChecks.trim()]) }],
    item: WORKFLOW.map((folder) => ({
      name: folder.name,
      description: folder.description,
      item: folder.steps.map((step) => requestItem(step, operations)),
    })),
  };
}

// The Postman collection, converted from openapi/openapi.json (openapi-to-postmanv2), with the
// assertions the converter does not write: every answer carries X-Request-Id, and every JSON
// answer of /api/v1 is the envelope whose `success` matches the status.
import { readFileSync } from "node:fs";
import converter from "openapi-to-postmanv2";

const envelopeChecks = `
pm.test("answer carries X-Request-Id", function () {
  pm.expect(pm.response.headers.get("X-Request-Id")).to.be.a("string").and.not.empty;
});
if (pm.request.url.getPath().startsWith("/api/v1") && (pm.response.headers.get("Content-Type") || "").includes("json")) {
  pm.test("answer is the envelope and success matches the status", function () {
    var body = pm.response.json();
    pm.expect(body.success).to.equal(pm.response.code < 400);
    if (body.success) pm.expect(body).to.have.property("data");
    else pm.expect(body.error).to.include.keys("code", "message");
  });
}`;

/** @returns {Promise<Record<string, any>>} the collection, ready to import or run with newman */
export function buildCollection(specText = readFileSync(new URL("../openapi/openapi.json", import.meta.url), "utf8")) {
  return new Promise((resolve, reject) => {
    converter.convert(
      { type: "string", data: specText },
      { requestParametersResolution: "Example", exampleParametersResolution: "Example", folderStrategy: "Tags" },
      (error, result) => {
        if (error) return reject(error);
        if (!result.result) return reject(new Error(`openapi-to-postmanv2: ${result.reason}`));
        const collection = result.output[0].data;
        collection.info = { ...collection.info, name: "BIG Gateway" };
        collection.variable = [{ key: "baseUrl", value: "http://localhost:8787", type: "string" }];
        collection.event = [
          { listen: "test", script: { type: "text/javascript", exec: envelopeChecks.trim().split("\n") } },
        ];
        resolve(collection);
      },
    );
  });
}

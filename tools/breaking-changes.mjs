// The breaking-change gate of `npm test` (npm run api:diff): compares openapi/openapi.json with
// the last released document, openapi/released.json, using `redocly diff` (removed operations or
// fields, narrowed types, new required inputs are "major"). A breaking change passes only when
// the API's version says so (its major, or its minor below 1.0, raised above the released one)
// and the SDK's version is the API's. The changelog must have an entry for the API's version.
//
// To release: bump API_VERSION (openapi/document.ts), sdk/package.json and package.json together, add the
// changelog entry, `npm run spec && npm run sdk`, then copy openapi/openapi.json to released.json.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const at = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** The part of a version that a breaking change must raise: the major, or the minor below 1.0. */
export function breakingLevel(version) {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return major > 0 ? `${major}` : `0.${minor}`;
}

const levelAbove = (a, b) => {
  const [a1 = 0, a2 = 0] = a.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.split(".").map(Number);
  return a1 > b1 || (a1 === b1 && a2 > b2);
};

/**
 * @param {{ bump: string, releasedVersion: string, apiVersion: string, sdkVersion: string, changelog: string }} input
 * @returns {string[]} what is wrong; empty = the gate passes
 */
export function judge({ bump, releasedVersion, apiVersion, sdkVersion, changelog }) {
  const problems = [];
  if (sdkVersion !== apiVersion) {
    problems.push(`sdk/package.json is ${sdkVersion} but the API is ${apiVersion}: they are released together`);
  }
  if (bump === "major" && !levelAbove(breakingLevel(apiVersion), breakingLevel(releasedVersion))) {
    problems.push(
      `breaking changes since the released ${releasedVersion}, but the API is still ${apiVersion}: ` +
        `raise it past ${breakingLevel(releasedVersion)} (API_VERSION in openapi/document.ts, and sdk/package.json), or keep the old shape`,
    );
  }
  if (!new RegExp(`^## ${apiVersion.replace(/\./g, "\\.")}\\b`, "m").test(changelog)) {
    problems.push(`docs-site/guides/90-changelog.md has no "## ${apiVersion}" entry`);
  }
  return problems;
}

/** redocly diff's JSON report of two documents. */
export function diff(basePath, revisionPath) {
  const redocly = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");
  const report = execFileSync(
    process.execPath,
    [
      redocly,
      "diff",
      basePath,
      revisionPath,
      "--config",
      at("openapi/redocly-diff.yaml"),
      "--format=json",
      "--fail-on",
      "none",
    ],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  return JSON.parse(report);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = diff(at("openapi/released.json"), at("openapi/openapi.json"));
  const breaking = report.changes.filter((change) => change.impact === "major");
  for (const change of breaking) {
    console.error(
      `breaking: ${change.path} ${change.kind} ${change.verdicts?.map((verdict) => verdict.message).join(" ") ?? ""}`,
    );
  }
  const problems = judge({
    bump: report.bump,
    releasedVersion: report.infoVersions.base,
    apiVersion: report.infoVersions.revision,
    sdkVersion: JSON.parse(readFileSync(at("sdk/package.json"), "utf8")).version,
    changelog: readFileSync(at("docs-site/guides/90-changelog.md"), "utf8"),
  });
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exit(1);
  const { major, minor, patch } = report.summary;
  console.log(
    `API ${report.infoVersions.revision} vs released ${report.infoVersions.base}: ${major} breaking, ${minor} minor, ${patch} patch changes; SDK version matches.`,
  );
}

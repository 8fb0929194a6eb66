import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diff, judge } from "./breaking-changes.mjs";

const changelog = "# Changelog\n\n## 0.2.0\n\n## 0.1.0\n";
const ok = { releasedVersion: "0.1.0", apiVersion: "0.1.0", sdkVersion: "0.1.0", changelog };

describe("the breaking-change gate", () => {
  it("passes additions without a new version, and refuses a breaking change the version does not announce", () => {
    expect(judge({ ...ok, bump: "minor" })).toEqual([]);
    expect(judge({ ...ok, bump: "major" }).join()).toMatch(/breaking changes since the released 0\.1\.0/);
    // A patch release does not announce a break; below 1.0 the minor does.
    expect(
      judge({ ...ok, bump: "major", apiVersion: "0.1.1", sdkVersion: "0.1.1", changelog: "## 0.1.1" }),
    ).toHaveLength(1);
    expect(judge({ ...ok, bump: "major", apiVersion: "0.2.0", sdkVersion: "0.2.0" })).toEqual([]);
    // From 1.0 on, only the major does.
    expect(
      judge({
        ...ok,
        bump: "major",
        releasedVersion: "1.4.0",
        apiVersion: "1.5.0",
        sdkVersion: "1.5.0",
        changelog: "## 1.5.0",
      }),
    ).toHaveLength(1);
    expect(
      judge({
        ...ok,
        bump: "major",
        releasedVersion: "1.4.0",
        apiVersion: "2.0.0",
        sdkVersion: "2.0.0",
        changelog: "## 2.0.0",
      }),
    ).toEqual([]);
  });

  it("needs the SDK released with the API, and a changelog entry for the version", () => {
    expect(judge({ ...ok, bump: "major", apiVersion: "0.2.0" }).join()).toMatch(
      /sdk\/package.json is 0\.1\.0 but the API is 0\.2\.0/,
    );
    expect(judge({ ...ok, bump: "patch", changelog: "## 0.2.0" }).join()).toMatch(/no "## 0\.1\.0" entry/);
  });

  it("redocly rates a removed operation, a removed response field and a new required input as breaking", () => {
    const released = JSON.parse(readFileSync("openapi/openapi.json", "utf8"));
    const changed = structuredClone(released);
    delete changed.paths["/api/v1/contacts"].get;
    delete changed.components.schemas.Message.properties.text;
    const sendCode = changed.components.schemas.SendCodeRequest;
    sendCode.properties.captcha = { type: "string" };
    sendCode.required.push("captcha");
    const dir = mkdtempSync(join(tmpdir(), "big-gateway-diff-"));
    try {
      writeFileSync(join(dir, "released.json"), JSON.stringify(released));
      writeFileSync(join(dir, "changed.json"), JSON.stringify(changed));
      const report = diff(join(dir, "released.json"), join(dir, "changed.json"));
      expect(report.bump).toBe("major");
      const rules = report.changes
        .filter((change: { impact: string }) => change.impact === "major")
        .flatMap((change: { verdicts: { ruleId: string }[] }) => change.verdicts.map((v) => v.ruleId));
      expect(new Set(rules)).toEqual(new Set(["operation-removed", "property-removed", "required-properties-added"]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

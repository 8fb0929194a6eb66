import { describe, expect, it } from "vitest";
import { groupAddDecision, presenceVisible } from "./rules.ts";

const stranger = { isContact: false, blocked: false, viewerPresence: "everyone" as const };
const contact = { ...stranger, isContact: true };

describe("presenceVisible", () => {
  it("follows the owner's audience", () => {
    expect(presenceVisible({ addToGroups: "everyone", presence: "everyone" }, stranger)).toBe(true);
    expect(presenceVisible({ addToGroups: "everyone", presence: "contacts" }, stranger)).toBe(false);
    expect(presenceVisible({ addToGroups: "everyone", presence: "contacts" }, contact)).toBe(true);
    expect(presenceVisible({ addToGroups: "everyone", presence: "nobody" }, contact)).toBe(false);
  });

  it("hides it across a block, and from viewers who hide their own from everyone", () => {
    const open = { addToGroups: "everyone", presence: "everyone" } as const;
    expect(presenceVisible(open, { ...contact, blocked: true })).toBe(false);
    expect(presenceVisible(open, { ...contact, viewerPresence: "nobody" })).toBe(false);
    expect(presenceVisible(open, { ...contact, viewerPresence: "contacts" })).toBe(true);
  });
});

describe("groupAddDecision", () => {
  it("adds whom the setting admits, invites the rest, and skips across a block", () => {
    expect(groupAddDecision({ addToGroups: "everyone", presence: "everyone" }, stranger)).toBe("add");
    expect(groupAddDecision({ addToGroups: "contacts", presence: "everyone" }, stranger)).toBe("invite");
    expect(groupAddDecision({ addToGroups: "contacts", presence: "everyone" }, contact)).toBe("add");
    expect(groupAddDecision({ addToGroups: "nobody", presence: "everyone" }, contact)).toBe("invite");
    expect(groupAddDecision({ addToGroups: "everyone", presence: "everyone" }, { ...stranger, blocked: true })).toBe(
      "skip",
    );
  });
});

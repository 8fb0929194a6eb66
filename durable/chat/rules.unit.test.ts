import { describe, expect, it } from "vitest";
import {
  attachmentLabel,
  canDeleteForEveryone,
  canManageGroup,
  canRemoveMember,
  messageStatus,
  nextOwner,
  outboxBackoffMs,
  pageWindows,
  previewText,
} from "./rules.ts";

describe("messageStatus", () => {
  const others = (maxReadSeq: number, maxDeliveredSeq: number, count = 1) => ({ maxReadSeq, maxDeliveredSeq, count });
  it("is sent, then delivered, then read as the other members' markers pass the message", () => {
    expect(messageStatus(5, others(0, 4))).toBe("sent");
    expect(messageStatus(5, others(0, 5))).toBe("delivered");
    expect(messageStatus(5, others(5, 5))).toBe("read");
    expect(messageStatus(5, others(9, 9))).toBe("read");
  });
  it("is read in Saved messages, where nobody else is", () => {
    expect(messageStatus(1, others(0, 0, 0))).toBe("read");
  });
});

describe("permissions", () => {
  it("lets owners and admins manage a group, not members", () => {
    expect(canManageGroup("owner")).toBe(true);
    expect(canManageGroup("admin")).toBe(true);
    expect(canManageGroup("member")).toBe(false);
  });
  it("lets anyone leave, the owner remove anyone, admins remove plain members only", () => {
    const member = { userId: "m", role: "member" as const };
    const admin = { userId: "a", role: "admin" as const };
    const owner = { userId: "o", role: "owner" as const };
    expect(canRemoveMember(member, member)).toBe(true);
    expect(canRemoveMember(member, { userId: "x", role: "member" })).toBe(false);
    expect(canRemoveMember(admin, member)).toBe(true);
    expect(canRemoveMember(admin, { userId: "a2", role: "admin" })).toBe(false);
    expect(canRemoveMember(admin, owner)).toBe(false);
    expect(canRemoveMember(owner, admin)).toBe(true);
  });
  it("never lets a dialog partner delete your message for everyone", () => {
    expect(canDeleteForEveryone("dialog", { userId: "bob", role: "member" }, "alice")).toBe(false);
    expect(canDeleteForEveryone("dialog", { userId: "alice", role: "member" }, "alice")).toBe(true);
    expect(canDeleteForEveryone("group", { userId: "bob", role: "admin" }, "alice")).toBe(true);
    expect(canDeleteForEveryone("group", { userId: "bob", role: "member" }, "alice")).toBe(false);
  });
  it("hands a group to the longest-serving admin, else the longest-serving member", () => {
    expect(
      nextOwner([
        { userId: "late-admin", role: "admin", joinedAt: 5 },
        { userId: "early-member", role: "member", joinedAt: 1 },
        { userId: "early-admin", role: "admin", joinedAt: 2 },
      ]),
    ).toEqual(expect.objectContaining({ userId: "early-admin" }));
    expect(nextOwner([{ userId: "m", role: "member", joinedAt: 3 }])).toEqual(expect.objectContaining({ userId: "m" }));
    expect(nextOwner([])).toBeUndefined();
  });
});

describe("pageWindows", () => {
  it("reads the latest page when no anchor is given", () => {
    expect(pageWindows({ limit: 20 })).toEqual({ olderThan: Number.MAX_SAFE_INTEGER, olderLimit: 20, newerLimit: 0 });
  });
  it("reads one bounded range for before and after, two for around", () => {
    expect(pageWindows({ before: 100, limit: 10 })).toEqual({ olderThan: 100, olderLimit: 10, newerLimit: 0 });
    expect(pageWindows({ after: 100, limit: 10 })).toEqual({ olderLimit: 0, fromSeq: 101, newerLimit: 10 });
    expect(pageWindows({ around: 100, limit: 11 })).toEqual({
      olderThan: 100,
      olderLimit: 5,
      fromSeq: 100,
      newerLimit: 6,
    });
  });
});

describe("outbox backoff and previews", () => {
  it("doubles from 1 s and stops at 5 minutes", () => {
    expect([1, 2, 3, 4].map(outboxBackoffMs)).toEqual([1000, 2000, 4000, 8000]);
    expect(outboxBackoffMs(30)).toBe(300_000);
  });
  it("shortens long previews to 120 characters", () => {
    expect(previewText("short")).toBe("short");
    const long = previewText("x".repeat(500));
    expect(long).toHaveLength(120);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("the push label of a message's attachments", () => {
  it("names photos and files the way a notification shows them", () => {
    expect(attachmentLabel([])).toBeNull();
    expect(attachmentLabel([{ name: "a.jpg", mimeType: "image/jpeg" }])).toBe("Photo");
    expect(attachmentLabel([{ name: "report.pdf", mimeType: "application/octet-stream" }])).toBe("File: report.pdf");
    expect(
      attachmentLabel([
        { name: "clip.mp4", mimeType: "video/mp4" },
        { name: "b.png", mimeType: "image/png" },
      ]),
    ).toBe("Video +1");
  });
});

import { describe, expect, it } from "vitest";
import { nodeSqlStorage } from "../sql/node-sqlite.ts";
import { callHistoryInput, closeCallLine, openCallLine } from "./call-line.ts";

const members = { kind: "dialog" as const, memberIds: ["usr_ann", "usr_bob"] };
const proposal = (callId: string, initiatorId: string) => ({
  callId,
  chatId: `dlg_${"d".repeat(32)}`,
  video: true,
  initiatorId,
  initiatorSessionId: `ses_${initiatorId}`,
  createdAt: 1,
});

describe("a chat's call line", () => {
  it("gives both dialers of a glare the first one's call", () => {
    const sql = nodeSqlStorage();
    const ann = openCallLine(sql, members, proposal("call_ann", "usr_ann"), null);
    const bob = openCallLine(sql, members, proposal("call_bob", "usr_bob"), null);
    expect(ann).toMatchObject({
      created: true,
      opening: { callId: "call_ann", kind: "dialog", memberIds: members.memberIds },
    });
    expect(bob).toEqual({ created: false, opening: ann.opening });
  });

  it("is free again once the call's object frees it, and a stale call is replaced only by name", () => {
    const sql = nodeSqlStorage();
    openCallLine(sql, members, proposal("call_1", "usr_ann"), null);
    expect(openCallLine(sql, members, proposal("call_2", "usr_bob"), "call_other").opening.callId).toBe("call_1");
    expect(openCallLine(sql, members, proposal("call_2", "usr_bob"), "call_1")).toMatchObject({ created: true });
    closeCallLine(sql, "call_1");
    expect(openCallLine(sql, members, proposal("call_3", "usr_ann"), null).opening.callId).toBe("call_2");
    closeCallLine(sql, "call_2");
    expect(openCallLine(sql, members, proposal("call_3", "usr_ann"), null)).toMatchObject({ created: true });
  });
});

describe("a call's history message", () => {
  const summary = {
    callId: "call_1",
    initiatorId: "usr_ann",
    video: true,
    reason: "hangup" as const,
    durationMs: 65_400,
    endedAt: 1,
  };

  it("says who called, video or voice, and how long or why not, once per call", () => {
    expect(callHistoryInput(summary)).toEqual({
      clientMessageId: "call:call_1",
      text: "Video call · 1:05",
      attachments: [],
      call: { callId: "call_1", video: true, reason: "hangup", durationSeconds: 65 },
    });
    const texts = (["missed", "declined", "busy", "failed"] as const).map(
      (reason) => callHistoryInput({ ...summary, video: false, reason, durationMs: null }).text,
    );
    expect(texts).toEqual(["Missed voice call", "Declined voice call", "Busy: voice call", "Failed voice call"]);
  });
});

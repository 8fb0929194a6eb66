import { describe, expect, it } from "vitest";
import { nodeSqlStorage } from "../sql/node-sqlite.ts";
import { closeCallLine, openCallLine } from "./call-line.ts";

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

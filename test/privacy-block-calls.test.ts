import { describe, expect, it } from "vitest";
import { api, openDialog, users } from "./helpers/messaging.ts";

describe("blocking a user stops their calls", () => {
  it("a blocked user's call in the dialog is refused with 403 BLOCKED and starts nothing; unblocked, it rings", async () => {
    const [victim, caller] = await users(2);
    if (!victim || !caller) throw new Error("users");
    const dialog = await openDialog(caller, victim);
    expect((await api(victim, "PUT", `/me/blocked/${caller.userId}`)).status).toBe(200);

    const refused = await api(caller, "POST", `/chats/${dialog}/calls`, { video: true });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("BLOCKED");

    expect((await api(victim, "DELETE", `/me/blocked/${caller.userId}`)).status).toBe(200);
    const rings = await api<{ state: string }>(caller, "POST", `/chats/${dialog}/calls`, { video: true });
    // No call was left behind by the refused attempt: this one is new (201), not the chat's live call (200).
    expect(rings.status).toBe(201);
    expect(rings.body.data.state).toBe("ringing");
  });
});

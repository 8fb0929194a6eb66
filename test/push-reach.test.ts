import { describe, expect, it } from "vitest";
import { drain, openDialog, send } from "./helpers/messaging.ts";
import { eventually, PEERS, received, registerApns } from "./helpers/push.ts";
import { createTestUser } from "./helpers/users.ts";
import type { ApnsReceived } from "./peers/apns.ts";

// A chat queues no push for a member whose object says none of their devices could take one
// (durable/user/push-reach.ts). That copy must never be behind a registration: a device added
// after the object already knew "no devices" gets the very next message.
const bodies = async (token: string) =>
  (await received<ApnsReceived>(PEERS.apns, token)).map((push) => push.payload.aps.alert.body);

describe("push reach", { timeout: 20_000 }, () => {
  it("a device registered after messages that had nowhere to go gets the next one", async () => {
    const ada = await createTestUser({ firstName: "Ada" });
    const bob = await createTestUser({ firstName: "Bob" });
    const dialog = await openDialog(ada, bob);
    // Bob has no push target yet: his object loads that from D1 with this delivery.
    await send(ada, dialog, "before any phone");
    await drain(dialog);

    const phone = await registerApns(bob);
    await send(ada, dialog, "after the phone");
    await drain(dialog);
    expect(await eventually(async () => (await bodies(phone.token)).includes("after the phone"))).toBe(true);
    expect(await bodies(phone.token)).not.toContain("before any phone");
  });
});

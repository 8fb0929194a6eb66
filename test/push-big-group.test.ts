import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createGroup, drain, send, type TestUser } from "./helpers/messaging.ts";
import {
  eventually,
  PEERS,
  plantFailure,
  received,
  registerApns,
  registerFcm,
  registerWebPush,
} from "./helpers/push.ts";
import { addDevice } from "./helpers/realtime.ts";
import { createTestUser } from "./helpers/users.ts";
import type { ApnsReceived } from "./peers/apns.ts";
import type { FcmReceived } from "./peers/fcm.ts";
import type { WebPushReceived } from "./peers/webpush.ts";

const MEMBERS = 200;

type Phone = { user: TestUser; apns: string; fcm: string; webpush: string };

describe("a group of 200 members with 3 devices each", { timeout: 180_000 }, () => {
  it("one message reaches each of the 597 other devices exactly once, a failing one after its retry", async () => {
    const ada = await createTestUser({ firstName: "Ada" });
    const others: Phone[] = [];
    for (let i = 1; i < MEMBERS; i++) {
      const user = await createTestUser({ firstName: `Member ${i}` });
      const [tablet, laptop] = [await addDevice(user), await addDevice(user)];
      const apns = (await registerApns(user)).token;
      const fcm = (await registerFcm(tablet)).token;
      const webpush = (await registerWebPush(laptop)).subscriptionId;
      others.push({ user, apns, fcm, webpush });
    }
    const group = await createGroup(
      ada,
      others.map((o) => o.user),
      "Everyone",
    );
    await drain(group, 60_000);
    // One device answers 500 to its first push: it alone is retried (after 10 s), the rest go on.
    const unlucky = others[42];
    if (!unlucky) throw new Error("members");
    await plantFailure(PEERS.apns, unlucky.apns, { status: 500, body: { reason: "InternalServerError" } });

    const started = Date.now();
    const message = await send(ada, group, "Meeting moved to 3 pm");
    await drain(group, 60_000);
    const jobId = `${group}:${message.seq}`;
    const sent = await eventually(async () => {
      const row = await env.DB.prepare(
        "SELECT COUNT(*) AS n FROM push_deliveries WHERE job_id = ? AND outcome = 'sent'",
      )
        .bind(jobId)
        .first<{ n: number }>();
      return row && row.n >= 3 * (MEMBERS - 1) && row.n;
    }, 150_000);
    const elapsedMs = Date.now() - started;
    console.log(JSON.stringify({ devices: 3 * (MEMBERS - 1), sent, elapsedMs }));
    expect(sent).toBe(3 * (MEMBERS - 1));

    for (const other of others) {
      const apns = await received<ApnsReceived>(PEERS.apns, other.apns);
      const fcm = await received<FcmReceived>(PEERS.fcm, other.fcm);
      const web = await received<WebPushReceived>(PEERS.webpush, other.webpush);
      expect(apns.length).toBe(1);
      expect(fcm.length).toBe(1);
      expect(web.length).toBe(1);
      expect(fcm[0]?.message).toMatchObject({
        notification: { title: "Ada · Everyone", body: "Meeting moved to 3 pm" },
      });
      expect(JSON.parse(web[0]?.text ?? "{}")).toMatchObject({ badge: 1 });
    }
  });
});

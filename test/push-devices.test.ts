import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { api, users } from "./helpers/messaging.ts";
import { apnsToken, deviceExists, registerApns, registerFcm, registerWebPush } from "./helpers/push.ts";
import { addDevice } from "./helpers/realtime.ts";

type Device = { id: string; kind: string; sessionId: string; current: boolean; label: string };
type Listing = { devices: Device[]; settings: { hidePreviews: boolean } };

describe("push targets: one per session", () => {
  it("registers, lists, replaces and removes the calling session's target", async () => {
    const [ada] = await users(1);
    if (!ada) throw new Error("users");
    const first = await registerApns(ada);
    const list = await api<Listing>(ada, "GET", "/me/push");
    expect(list.status).toBe(200);
    expect(list.body.data.devices).toEqual([
      expect.objectContaining({ id: first.deviceId, kind: "apns", sessionId: ada.sessionId, current: true }),
    ]);
    // The token itself is never echoed, only its end.
    expect(JSON.stringify(list.body)).not.toContain(first.token);
    expect(list.body.data.devices[0]?.label).toBe(`apns …${first.token.slice(-8)}`);

    // The same session registering again replaces its target (same id, new kind).
    const replaced = await registerFcm(ada);
    expect(replaced.deviceId).toBe(first.deviceId);
    const after = await api<Listing>(ada, "GET", "/me/push");
    expect(after.body.data.devices.map((d) => d.kind)).toEqual(["fcm"]);

    expect((await api(ada, "DELETE", "/me/push")).status).toBe(200);
    expect((await api<Listing>(ada, "GET", "/me/push")).body.data.devices).toEqual([]);
    const again = await api(ada, "DELETE", "/me/push");
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe("NOT_FOUND");
  });

  it("a token registered by another user moves to the new session: one owner", async () => {
    const [ada, bob] = await users(2);
    if (!ada || !bob) throw new Error("users");
    const token = apnsToken();
    const adas = await registerApns(ada, token);
    const bobs = await registerApns(bob, token.toUpperCase()); // the same token, in other case
    expect(await deviceExists(adas.deviceId)).toBe(false);
    expect(await deviceExists(bobs.deviceId)).toBe(true);
    expect((await api<Listing>(ada, "GET", "/me/push")).body.data.devices).toEqual([]);
    // Bob sees his own device and never Ada's other sessions' ones.
    const adaPhone = await addDevice(ada);
    await registerFcm(adaPhone);
    expect((await api<Listing>(bob, "GET", "/me/push")).body.data.devices.map((d) => d.id)).toEqual([bobs.deviceId]);
  });

  it("signing out removes the session's target; revoking another session removes that one's", async () => {
    const [ada] = await users(1);
    if (!ada) throw new Error("users");
    const phone = await addDevice(ada);
    const laptop = await addDevice(ada);
    const fromPhone = await registerApns(phone);
    const fromLaptop = await registerWebPush(laptop);
    const fromAda = await registerFcm(ada);

    expect((await api(phone, "POST", "/auth/logout")).status).toBe(200);
    expect(await deviceExists(fromPhone.deviceId)).toBe(false);

    expect((await api(ada, "DELETE", `/me/sessions/${laptop.sessionId}`)).status).toBe(200);
    expect(await deviceExists(fromLaptop.deviceId)).toBe(false);
    expect((await api<Listing>(ada, "GET", "/me/push")).body.data.devices.map((d) => d.id)).toEqual([fromAda.deviceId]);
  });

  it("another user cannot revoke a session, so its target stays", async () => {
    const [ada, eve] = await users(2);
    if (!ada || !eve) throw new Error("users");
    const device = await registerApns(ada);
    expect((await api(eve, "DELETE", `/me/sessions/${ada.sessionId}`)).status).toBe(404);
    expect(await deviceExists(device.deviceId)).toBe(true);
  });

  it("push settings: hide previews", async () => {
    const [ada] = await users(1);
    if (!ada) throw new Error("users");
    expect((await api<Listing>(ada, "GET", "/me/push")).body.data.settings).toEqual({ hidePreviews: false });
    const set = await api(ada, "PATCH", "/me/push/settings", { hidePreviews: true });
    expect(set.status).toBe(200);
    expect((await api<Listing>(ada, "GET", "/me/push")).body.data.settings).toEqual({ hidePreviews: true });
  });

  it("the VAPID public key is public", async () => {
    const res = await api<{ publicKey: string }>(null, "GET", "/push/vapid-public-key");
    expect(res.status).toBe(200);
    expect(res.body.data.publicKey).toBe(env.VAPID_PUBLIC_KEY);
  });
});

describe("push targets: bad input and authorization", () => {
  const bad: [string, unknown][] = [
    ["no kind", { token: "abc" }],
    ["an unknown kind", { kind: "sms", token: "abc" }],
    ["an APNs token that is not hex", { kind: "apns", token: "zz".repeat(32), topic: "ai.iambig.test" }],
    ["an APNs target without its topic", { kind: "apns", token: "ab".repeat(32) }],
    ["an FCM token with spaces", { kind: "fcm", token: "not a token at all, really" }],
    [
      "a Web Push endpoint over http",
      {
        kind: "webpush",
        subscription: { endpoint: "http://push.example/x", keys: { p256dh: "B".repeat(87), auth: "a".repeat(22) } },
      },
    ],
    ["a Web Push subscription without keys", { kind: "webpush", subscription: { endpoint: "https://push.example/x" } }],
    ["extra fields", { kind: "fcm", token: "fcm-token-0000000000", userId: "usr_someone_else" }],
  ];
  for (const [name, body] of bad) {
    it(`refuses ${name} with 400 and stores nothing`, async () => {
      const [ada] = await users(1);
      if (!ada) throw new Error("users");
      const res = await api(ada, "PUT", "/me/push", body);
      expect(res.status).toBe(400);
      expect(res.body.success).toBe(false);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
      expect((await api<Listing>(ada, "GET", "/me/push")).body.data.devices).toEqual([]);
    });
  }

  it("refuses settings that are not a boolean, and unknown settings", async () => {
    const [ada] = await users(1);
    if (!ada) throw new Error("users");
    expect((await api(ada, "PATCH", "/me/push/settings", { hidePreviews: "yes" })).status).toBe(400);
    expect((await api(ada, "PATCH", "/me/push/settings", { hidePreviews: true, sound: "loud" })).status).toBe(400);
  });

  it("every device route needs a signed-in caller", async () => {
    for (const [method, path] of [
      ["PUT", "/me/push"],
      ["GET", "/me/push"],
      ["DELETE", "/me/push"],
      ["PATCH", "/me/push/settings"],
    ] as const) {
      const res = await api(null, method, path, method === "PUT" || method === "PATCH" ? {} : undefined);
      expect(res.status, `${method} ${path}`).toBe(401);
    }
  });
});

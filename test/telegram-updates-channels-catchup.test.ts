// Channels and supergroups across a restart: what they got while the session object was gone is
// fetched with updates.getChannelDifference from each one's stored pts when it comes back (its
// alarm), exactly once; a channel whose log no longer reaches back gives one updates.gap for it,
// also when Telegram says so to a connected session (updateChannelTooLong).
import { abortAllDurableObjects, env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { call, createTestApiKey, dcControl, signedInSession } from "./helpers/telegram.ts";
import { hookUrl, receivedAt } from "./helpers/webhook-peer.ts";

const SECRET = "webhook-secret-for-tests-0123456789";
// biome-ignore lint/suspicious/noExplicitAny: events are read as the receiver reads them
const events = async (name: string): Promise<any[]> => (await receivedAt(name)).map((r) => JSON.parse(r.body));
const summary = async (name: string) =>
  (await events(name)).map((e) => [e.seq, e.type, e.chatType ?? null, e.message?.text ?? e.chatId ?? null]);

async function subscribedWithChannels(phone: string, adminPhone: string, hook: string) {
  const { headers } = await createTestApiKey();
  const me = await signedInSession(headers, phone);
  const admin = await signedInSession(headers, adminPhone);
  const supergroup = await dcControl("POST", "/chats", {
    kind: "supergroup",
    title: "Catch-up supergroup",
    creatorPhone: adminPhone,
    memberPhones: [phone],
  });
  const channel = await dcControl("POST", "/chats", {
    kind: "channel",
    title: "Catch-up channel",
    creatorPhone: adminPhone,
    memberPhones: [phone],
  });
  await call("PUT", `/sessions/${me.sessionId}/webhook`, headers, { url: hookUrl(hook), secret: SECRET });
  const ha = { ...headers, "x-session-id": admin.sessionId };
  const send = (chatId: string, message: string) => call("POST", `/messages/send/${chatId}`, ha, { message });
  const stub = env.TELEGRAM_SESSIONS.get(env.TELEGRAM_SESSIONS.idFromName(me.sessionId));
  return { me, supergroup, channel, send, stub };
}

describe("Telegram channel updates across a restart", { timeout: 30_000 }, () => {
  it("replays each channel's missed messages from its stored pts, once, then goes on live", async () => {
    const { supergroup, channel, send, stub } = await subscribedWithChannels("+9996685101", "+9996685102", "cc1");
    const before = await send(supergroup.markedId, "before");
    await vi.waitFor(async () => expect(await receivedAt("cc1")).toHaveLength(1), { timeout: 10_000 });

    // The object dies with its connection (a deploy, a crash): Telegram's pushes go nowhere.
    await abortAllDurableObjects();
    await send(supergroup.markedId, "away in the supergroup");
    await send(channel.markedId, "away in the channel");
    await dcControl("POST", "/edit-message", {
      phone: "+9996685102",
      chatId: supergroup.markedId,
      id: before.json.data.id,
      text: "before (edited while away)",
    });
    expect(await receivedAt("cc1")).toHaveLength(1);

    // Back on its alarm: reconnects and asks each followed channel for its difference.
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    await vi.waitFor(async () => expect(await receivedAt("cc1")).toHaveLength(4), { timeout: 10_000 });
    // A second alarm finds nothing new: nothing arrives twice.
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    await send(channel.markedId, "after");
    await vi.waitFor(async () => expect(await receivedAt("cc1")).toHaveLength(5), { timeout: 10_000 });
    // Each followed channel's difference in turn: the supergroup's new message, then its edit, then the channel's.
    expect(await summary("cc1")).toEqual([
      [1, "message.new", "supergroup", "before"],
      [2, "message.new", "supergroup", "away in the supergroup"],
      [3, "message.edited", "supergroup", "before (edited while away)"],
      [4, "message.new", "channel", "away in the channel"],
      [5, "message.new", "channel", "after"],
    ]);
    expect(new Set((await events("cc1")).map((e) => e.id)).size).toBe(5);
  });

  it("reports one gap for a channel whose updates Telegram no longer has (channelDifferenceTooLong)", async () => {
    const { supergroup, channel, send, stub } = await subscribedWithChannels("+9996685103", "+9996685104", "cc2");
    await send(channel.markedId, "seen live");
    await vi.waitFor(async () => expect(await receivedAt("cc2")).toHaveLength(1), { timeout: 10_000 });

    await abortAllDurableObjects();
    await send(supergroup.markedId, "lost 1");
    await send(supergroup.markedId, "lost 2");
    // The supergroup forgets its log (as Telegram's servers do after a long absence).
    await dcControl("POST", "/trim-channel-updates", { chatId: supergroup.markedId, keep: 0 });
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    await vi.waitFor(async () => expect(await receivedAt("cc2")).toHaveLength(2), { timeout: 10_000 });
    const [, gap] = await events("cc2");
    expect(gap).toMatchObject({ type: "updates.gap", chatId: supergroup.markedId });
    expect(gap.id).toMatch(new RegExp(`^gap:${supergroup.markedId}:\\d+$`));

    // It starts again from the supergroup's current pts: new messages flow, the lost ones never come.
    await send(supergroup.markedId, "after the gap");
    await vi.waitFor(async () => expect(await receivedAt("cc2")).toHaveLength(3), { timeout: 10_000 });
    expect(await summary("cc2")).toEqual([
      [1, "message.new", "channel", "seen live"],
      [2, "updates.gap", null, supergroup.markedId],
      [3, "message.new", "supergroup", "after the gap"],
    ]);
  });

  it("fetches a channel's difference when Telegram pushes updateChannelTooLong to a connected session", async () => {
    const { supergroup, send, stub } = await subscribedWithChannels("+9996685105", "+9996685106", "cc3");
    await send(supergroup.markedId, "one");
    await vi.waitFor(async () => expect(await receivedAt("cc3")).toHaveLength(1), { timeout: 10_000 });
    // The session is behind on this supergroup (as when pushes were lost on a flaky connection) …
    await runInDurableObject(stub, (_instance, state) => {
      state.storage.sql.exec("UPDATE channel_state SET pts = 1");
    });
    // … and Telegram tells it to fetch the difference itself: the log it would need is gone.
    await dcControl("POST", "/trim-channel-updates", { chatId: supergroup.markedId, keep: 0 });
    await vi.waitFor(async () => expect(await receivedAt("cc3")).toHaveLength(2), { timeout: 10_000 });
    expect((await events("cc3"))[1]).toMatchObject({ type: "updates.gap", chatId: supergroup.markedId });
  });

  it("goes on with a channel whose catch-up failed on the next alarm (nothing waits for the next push)", async () => {
    const { supergroup, send, stub } = await subscribedWithChannels("+9996685107", "+9996685108", "cc4");
    // Telegram refuses the session's next getChannelDifference (a flood wait).
    await dcControl("POST", "/faults", {
      method: "updates.GetChannelDifference",
      error: "FLOOD_WAIT_1",
      phone: "+9996685107",
    });
    await send(supergroup.markedId, "held up");
    await vi.waitFor(async () => {
      const calls = (await dcControl("GET", "/accounts/+9996685107")).calls;
      expect(calls["updates.GetChannelDifference"]).toBe(1);
    });
    expect(await receivedAt("cc4")).toHaveLength(0);
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    await vi.waitFor(async () => expect(await receivedAt("cc4")).toHaveLength(1), { timeout: 10_000 });
    expect(await summary("cc4")).toEqual([[1, "message.new", "supergroup", "held up"]]);
  });
});

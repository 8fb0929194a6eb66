// The loopback DC against GramJS itself (in Node): handshakes over two transports, sign-in with
// the test-DC code convention, 2FA via GramJS's own SRP helper, send and history.
import { Api, TelegramClient } from "telegram";
import { Raw } from "telegram/events/index.js";
import { PromisedNetSockets } from "telegram/extensions/index.js";
import { ConnectionTCPAbridged, ConnectionTCPFull } from "telegram/network/connection/index.js";
import { computeCheck } from "telegram/Password.js";
import { StringSession } from "telegram/sessions/index.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { big } from "../../durable/telegram/bigint.ts";
import { trustDcKey } from "../../durable/telegram/rsa.ts";
import { type LoopbackDc, startLoopbackDc } from "./server.ts";
import { TWO_FA_PASSWORD } from "./world.ts";

let dc: LoopbackDc;

beforeAll(async () => {
  dc = await startLoopbackDc();
  trustDcKey(dc.rsa.nHex);
});
afterAll(() => dc.close());

function client(connection: typeof ConnectionTCPFull = ConnectionTCPFull, session = "") {
  const port = dc.port;
  // GramJS dials port 80 whatever the session says: map it to the DC, as the Worker's socket does.
  class LoopbackSocket extends PromisedNetSockets {
    override connect(_port: number, ip: string) {
      return super.connect(port, ip);
    }
  }
  const stringSession = new StringSession(session);
  if (!session) stringSession.setDC(dc.dcId, dc.host, 443);
  const tg = new TelegramClient(stringSession, 1, "loopback", {
    connection,
    networkSocket: LoopbackSocket as never,
    connectionRetries: 3,
    retryDelay: 10,
    floodSleepThreshold: 0,
  });
  tg.setLogLevel("none" as never);
  (tg as unknown as { _loopStarted: boolean })._loopStarted = true;
  return tg;
}

async function signIn(tg: TelegramClient, phone: string) {
  const sent = (await tg.invoke(
    new Api.auth.SendCode({ phoneNumber: phone, apiId: 1, apiHash: "loopback", settings: new Api.CodeSettings({}) }),
  )) as Api.auth.SentCode;
  const code = (phone.replace(/\D/g, "")[5] ?? "0").repeat(5);
  return tg.invoke(new Api.auth.SignIn({ phoneNumber: phone, phoneCodeHash: sent.phoneCodeHash, phoneCode: code }));
}

describe("loopback Telegram DC", () => {
  it("completes 20 key exchanges in a row (connectionRetries absorbs GramJS's 1-in-256 nonce-hash bug)", async () => {
    for (let i = 0; i < 20; i++) {
      const tg = client();
      await tg.connect();
      expect(tg.connected).toBe(true);
      await tg.destroy();
    }
  }, 60_000);

  it("speaks the abridged transport too", async () => {
    const tg = client(ConnectionTCPAbridged as never);
    await tg.connect();
    const config = await tg.invoke(new Api.help.GetConfig());
    expect(config.thisDc).toBe(dc.dcId);
    await tg.destroy();
  });

  it("signs in with the test-DC code, sends, reads history, and keeps the login in the session string", async () => {
    const tg = client();
    await tg.connect();
    const auth = (await signIn(tg, "+9996611001")) as Api.auth.Authorization;
    expect((auth.user as Api.User).username).toBe("test9996611001");
    await tg.invoke(new Api.messages.SendMessage({ peer: new Api.InputPeerSelf(), message: "note", randomId: big(1) }));
    await expect(
      tg.invoke(new Api.messages.SendMessage({ peer: new Api.InputPeerSelf(), message: "note", randomId: big(1) })),
    ).rejects.toMatchObject({ errorMessage: "RANDOM_ID_DUPLICATE" });
    const saved = tg.session.save() as unknown as string;
    await tg.destroy();

    const again = client(ConnectionTCPFull, saved);
    await again.connect();
    const history = (await again.invoke(
      new Api.messages.GetHistory({ peer: new Api.InputPeerSelf(), limit: 10 }),
    )) as Api.messages.MessagesSlice;
    expect(history.messages.map((m) => (m as Api.Message).message)).toEqual(["note"]);
    await again.destroy();
  });

  it("refuses a wrong code and checks the 2FA password with SRP", async () => {
    const tg = client();
    await tg.connect();
    const sent = (await tg.invoke(
      new Api.auth.SendCode({ phoneNumber: "+9996619002", apiId: 1, apiHash: "x", settings: new Api.CodeSettings({}) }),
    )) as Api.auth.SentCode;
    await expect(
      tg.invoke(
        new Api.auth.SignIn({ phoneNumber: "+9996619002", phoneCodeHash: sent.phoneCodeHash, phoneCode: "12345" }),
      ),
    ).rejects.toMatchObject({ errorMessage: "PHONE_CODE_INVALID" });
    await expect(
      tg.invoke(
        new Api.auth.SignIn({ phoneNumber: "+9996619002", phoneCodeHash: sent.phoneCodeHash, phoneCode: "11111" }),
      ),
    ).rejects.toMatchObject({ errorMessage: "SESSION_PASSWORD_NEEDED" });

    const wrong = await tg.invoke(new Api.account.GetPassword());
    await expect(
      tg.invoke(new Api.auth.CheckPassword({ password: await computeCheck(wrong, "guess") })),
    ).rejects.toMatchObject({ errorMessage: "PASSWORD_HASH_INVALID" });
    const right = await tg.invoke(new Api.account.GetPassword());
    const auth = await tg.invoke(new Api.auth.CheckPassword({ password: await computeCheck(right, TWO_FA_PASSWORD) }));
    expect(auth).toBeInstanceOf(Api.auth.Authorization);
    await tg.destroy();
  }, 30_000);

  it("injects faults for one account only", async () => {
    dc.world.injectFault("updates.GetState", "FLOOD_WAIT_5", 1, "+9996611003");
    const tg = client();
    await tg.connect();
    await signIn(tg, "+9996611003");
    await expect(tg.invoke(new Api.updates.GetState())).rejects.toMatchObject({ seconds: 5 });
    const state = await tg.invoke(new Api.updates.GetState());
    expect(state.pts).toBeGreaterThan(0);
    await tg.destroy();
  });

  it("delays an answer: the call is carried out at once, its answer comes later", async () => {
    const phone = "+9996611004";
    const tg = client();
    await tg.connect();
    await signIn(tg, phone);
    dc.world.injectDelay("messages.SendMessage", 1500, 1, phone);
    let answered = false;
    const sending = tg
      .invoke(new Api.messages.SendMessage({ peer: "me", message: "late answer", randomId: big(4242n) }))
      .then((result) => {
        answered = true;
        return result;
      });
    const me = dc.world.userByPhone(phone);
    if (!me) throw new Error("signed in above");
    await vi.waitFor(() => expect(dc.world.messagesIn(me, { type: "user", id: me.id }).length).toBe(1));
    expect(answered).toBe(false);
    expect(await sending).toBeInstanceOf(Api.UpdateShortSentMessage);
    await tg.destroy();
  });
});

describe("loopback DC groups, channels and dialogs", () => {
  it("lists dialogs newest first, pages them by offset date and peer, and counts unread", async () => {
    const [a, b] = [client(), client()];
    await Promise.all([a.connect(), b.connect()]);
    const meA = ((await signIn(a, "+9996611101")) as Api.auth.Authorization).user as Api.User;
    await signIn(b, "+9996611102");
    const group = dc.world.createChat({
      kind: "group",
      title: "Loopback group",
      creatorPhone: "+9996611102",
      memberPhones: ["+9996611101"],
    });
    const supergroup = dc.world.createChat({
      kind: "supergroup",
      title: "Loopback supergroup",
      creatorPhone: "+9996611102",
      memberPhones: ["+9996611101"],
    });
    await b.invoke(
      new Api.messages.SendMessage({
        peer: new Api.InputPeerChat({ chatId: big(group.id) }),
        message: "g1",
        randomId: big(1),
      }),
    );
    const channels = (await b.invoke(
      new Api.messages.GetDialogs({ offsetPeer: new Api.InputPeerEmpty(), limit: 100 }),
    )) as Api.messages.DialogsSlice;
    const sg = channels.chats.find((c) => c instanceof Api.Channel) as Api.Channel;
    expect(sg.megagroup).toBe(true);
    await b.invoke(
      new Api.messages.SendMessage({
        peer: new Api.InputPeerChannel({ channelId: sg.id, accessHash: sg.accessHash ?? big(0) }),
        message: "s1",
        randomId: big(2),
      }),
    );

    const all = (await a.invoke(
      new Api.messages.GetDialogs({ offsetPeer: new Api.InputPeerEmpty(), limit: 100 }),
    )) as Api.messages.DialogsSlice;
    // The service chat (login code), the group and the supergroup.
    expect(all.dialogs).toHaveLength(3);
    const unread = all.dialogs.map((d) => (d as Api.Dialog).unreadCount);
    expect(unread.every((n) => n >= 1)).toBe(true);
    expect(all.chats.map((c) => (c as Api.Chat).title).sort()).toEqual(["Loopback group", "Loopback supergroup"]);

    // Pages of one, following (offset_date, offset_peer), see every dialog exactly once.
    const seen: string[] = [];
    let offsetDate = 0;
    let offsetPeer: Api.TypeInputPeer = new Api.InputPeerEmpty();
    for (let i = 0; i < 5; i++) {
      const page = (await a.invoke(
        new Api.messages.GetDialogs({ offsetDate, offsetPeer, limit: 1 }),
      )) as Api.messages.DialogsSlice;
      const dialog = page.dialogs[0];
      if (!dialog) break;
      seen.push(JSON.stringify(dialog.peer.toJSON()));
      const top = page.messages.find((m) => m.id === dialog.topMessage) as Api.Message | undefined;
      offsetDate = top?.date ?? 0;
      const peer = dialog.peer;
      if (peer instanceof Api.PeerChat) offsetPeer = new Api.InputPeerChat({ chatId: peer.chatId });
      else if (peer instanceof Api.PeerChannel) {
        const ch = page.chats.find((c) => c.id.equals(peer.channelId)) as Api.Channel;
        offsetPeer = new Api.InputPeerChannel({ channelId: peer.channelId, accessHash: ch.accessHash ?? big(0) });
      } else {
        const u = page.users.find((x) => x.id.equals((peer as Api.PeerUser).userId)) as Api.User;
        offsetPeer = new Api.InputPeerUser({ userId: u.id, accessHash: u.accessHash ?? big(0) });
      }
    }
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);

    const history = (await a.invoke(
      new Api.messages.GetHistory({ peer: new Api.InputPeerChat({ chatId: big(group.id) }), limit: 10 }),
    )) as Api.messages.MessagesSlice;
    expect(history.messages.map((m) => (m as Api.Message).message)).toEqual(["g1"]);
    expect(((history.messages[0] as Api.Message).fromId as Api.PeerUser).userId.equals(meA.id)).toBe(false);
    expect(supergroup.members.size).toBe(2);
    await Promise.all([a.destroy(), b.destroy()]);
  }, 30_000);

  it("lets anyone read a public channel by username but only its creator post", async () => {
    const tg = client();
    await tg.connect();
    await signIn(tg, "+9996611103");
    const resolved = await tg.invoke(new Api.contacts.ResolveUsername({ username: "loopback_news" }));
    const channel = resolved.chats[0] as Api.Channel;
    expect(channel.broadcast).toBe(true);
    const peer = new Api.InputPeerChannel({ channelId: channel.id, accessHash: channel.accessHash ?? big(0) });
    const history = (await tg.invoke(new Api.messages.GetHistory({ peer, limit: 10 }))) as Api.messages.MessagesSlice;
    expect(history.messages).toHaveLength(2);
    await expect(
      tg.invoke(new Api.messages.SendMessage({ peer, message: "hi", randomId: big(3) })),
    ).rejects.toMatchObject({ errorMessage: "CHAT_WRITE_FORBIDDEN" });
    const forged = new Api.InputPeerChannel({ channelId: channel.id, accessHash: big(12345) });
    await expect(tg.invoke(new Api.messages.GetHistory({ peer: forged, limit: 1 }))).rejects.toMatchObject({
      errorMessage: "CHANNEL_INVALID",
    });
    await tg.destroy();
  });
});

describe("loopback DC updates", () => {
  it("pushes new, edited and deleted messages to the account's connections, and getDifference catches up", async () => {
    const [a, b] = [client(), client()];
    await Promise.all([a.connect(), b.connect()]);
    await signIn(a, "+9996611201");
    const meB = ((await signIn(b, "+9996611202")) as Api.auth.Authorization).user as Api.User;
    const start = await a.invoke(new Api.updates.GetState());
    const pushed: string[] = [];
    a.addEventHandler((update: Api.TypeUpdate) => {
      // The sign-in's welcome message may be pushed after this point: count only what follows it.
      const pts = (update as { pts?: number }).pts;
      if (pts !== undefined && pts > start.pts) pushed.push(update.className);
    }, new Raw({}));

    const resolved = await b.invoke(new Api.contacts.ResolveUsername({ username: "test9996611201" }));
    const toA = resolved.users[0] as Api.User;
    const peerA = new Api.InputPeerUser({ userId: toA.id, accessHash: toA.accessHash ?? big(0) });
    await b.invoke(new Api.messages.SendMessage({ peer: peerA, message: "first", randomId: big(11) }));
    const second = (await b.invoke(
      new Api.messages.SendMessage({ peer: peerA, message: "second", randomId: big(12) }),
    )) as Api.UpdateShortSentMessage;
    await b.invoke(new Api.messages.EditMessage({ peer: peerA, id: second.id, message: "second (edited)" }));
    await b.invoke(new Api.messages.DeleteMessages({ id: [second.id - 1], revoke: true }));
    await vi.waitFor(() => expect(pushed.length).toBeGreaterThanOrEqual(4));
    // The DC pushes in pts order, but GramJS dispatches each update on its own (async), so the
    // handler may see them in another order: the proxy orders by getDifference, not by pushes.
    expect([...pushed].sort()).toEqual(
      ["UpdateNewMessage", "UpdateNewMessage", "UpdateEditMessage", "UpdateDeleteMessages"].sort(),
    );

    const diff = (await a.invoke(
      new Api.updates.GetDifference({ pts: start.pts, date: start.date, qts: 0 }),
    )) as Api.updates.Difference;
    expect(diff).toBeInstanceOf(Api.updates.Difference);
    expect(diff.newMessages.map((m) => (m as Api.Message).message)).toEqual(["first", "second (edited)"]);
    expect(diff.otherUpdates.map((u) => u.className)).toEqual(["UpdateEditMessage", "UpdateDeleteMessages"]);
    expect(diff.state.pts).toBe(start.pts + 4);
    expect(((diff.newMessages[0] as Api.Message).fromId as Api.PeerUser).userId.equals(meB.id)).toBe(true);
    const none = await a.invoke(new Api.updates.GetDifference({ pts: diff.state.pts, date: diff.state.date, qts: 0 }));
    expect(none).toBeInstanceOf(Api.updates.DifferenceEmpty);
    const ancient = await a.invoke(new Api.updates.GetDifference({ pts: -5000, date: 0, qts: 0 }));
    expect(ancient).toBeInstanceOf(Api.updates.DifferenceTooLong);
    await Promise.all([a.destroy(), b.destroy()]);
  }, 30_000);
});

describe("loopback DC channel and supergroup updates", () => {
  async function channelFor(tg: TelegramClient, title: string) {
    const dialogs = (await tg.invoke(
      new Api.messages.GetDialogs({ offsetPeer: new Api.InputPeerEmpty(), limit: 100 }),
    )) as Api.messages.DialogsSlice;
    const chat = dialogs.chats.find((c) => c instanceof Api.Channel && c.title === title) as Api.Channel;
    const dialog = dialogs.dialogs.find(
      (d) => d.peer instanceof Api.PeerChannel && d.peer.channelId.equals(chat.id),
    ) as Api.Dialog;
    return {
      channel: new Api.InputChannel({ channelId: chat.id, accessHash: chat.accessHash ?? big(0) }),
      peer: new Api.InputPeerChannel({ channelId: chat.id, accessHash: chat.accessHash ?? big(0) }),
      pts: dialog.pts ?? 0,
    };
  }

  it("pushes a supergroup's updates with its own pts and answers getChannelDifference (slice, empty, tooLong)", async () => {
    const [a, b] = [client(), client()];
    await Promise.all([a.connect(), b.connect()]);
    await signIn(a, "+9996611301");
    await signIn(b, "+9996611302");
    const group = dc.world.createChat({
      kind: "supergroup",
      title: "Channel updates supergroup",
      creatorPhone: "+9996611302",
      memberPhones: ["+9996611301"],
    });
    const { channel, pts: start } = await channelFor(a, "Channel updates supergroup");
    expect(start).toBe(1);
    const pushed: { className: string; pts?: number }[] = [];
    a.addEventHandler((update: Api.TypeUpdate) => {
      if ("channelId" in update || (update as { message?: Api.Message }).message?.peerId instanceof Api.PeerChannel) {
        pushed.push({ className: update.className, pts: (update as { pts?: number }).pts });
      }
    }, new Raw({}));

    const bSide = await channelFor(b, "Channel updates supergroup");
    const sent = (await b.invoke(
      new Api.messages.SendMessage({ peer: bSide.peer, message: "s1", randomId: big(21) }),
    )) as Api.Updates;
    const id = ((sent.updates[1] as Api.UpdateNewChannelMessage).message as Api.Message).id;
    await b.invoke(new Api.messages.SendMessage({ peer: bSide.peer, message: "s2", randomId: big(22) }));
    await b.invoke(new Api.messages.EditMessage({ peer: bSide.peer, id, message: "s1 (edited)" }));
    await b.invoke(new Api.channels.DeleteMessages({ channel: bSide.channel, id: [id + 1] }));
    await vi.waitFor(() => expect(pushed).toHaveLength(4));
    expect(pushed.map((p) => p.className).sort()).toEqual(
      [
        "UpdateNewChannelMessage",
        "UpdateNewChannelMessage",
        "UpdateEditChannelMessage",
        "UpdateDeleteChannelMessages",
      ].sort(),
    );
    expect(pushed.map((p) => p.pts).sort()).toEqual([2, 3, 4, 5]);
    // Its pts is the channel's own: the account's common box did not move.
    const state = await a.invoke(new Api.updates.GetState());

    const page = (await a.invoke(
      new Api.updates.GetChannelDifference({
        channel,
        filter: new Api.ChannelMessagesFilterEmpty(),
        pts: start,
        limit: 2,
      }),
    )) as Api.updates.ChannelDifference;
    expect(page).toBeInstanceOf(Api.updates.ChannelDifference);
    expect(page.final).toBeFalsy();
    expect(page.pts).toBe(3);
    expect(page.newMessages.map((m) => (m as Api.Message).message)).toEqual(["s1 (edited)", "s2"]);
    const rest = (await a.invoke(
      new Api.updates.GetChannelDifference({
        channel,
        filter: new Api.ChannelMessagesFilterEmpty(),
        pts: 3,
        limit: 100,
      }),
    )) as Api.updates.ChannelDifference;
    expect(rest.final).toBe(true);
    expect(rest.pts).toBe(5);
    expect(rest.otherUpdates.map((u) => u.className)).toEqual([
      "UpdateEditChannelMessage",
      "UpdateDeleteChannelMessages",
    ]);
    expect((rest.otherUpdates[1] as Api.UpdateDeleteChannelMessages).messages).toEqual([id + 1]);
    const empty = await a.invoke(
      new Api.updates.GetChannelDifference({
        channel,
        filter: new Api.ChannelMessagesFilterEmpty(),
        pts: 5,
        limit: 100,
      }),
    );
    expect(empty).toBeInstanceOf(Api.updates.ChannelDifferenceEmpty);
    expect((empty as Api.updates.ChannelDifferenceEmpty).pts).toBe(5);
    expect((await a.invoke(new Api.updates.GetState())).pts).toBe(state.pts);

    // The channel forgets its log: members are told (updateChannelTooLong) and an old pts is too long.
    dc.world.trimChannelUpdates(group.id, 0);
    await vi.waitFor(() => expect(pushed.map((p) => p.className)).toContain("UpdateChannelTooLong"));
    const tooLong = (await a.invoke(
      new Api.updates.GetChannelDifference({
        channel,
        filter: new Api.ChannelMessagesFilterEmpty(),
        pts: 2,
        limit: 100,
      }),
    )) as Api.updates.ChannelDifferenceTooLong;
    expect(tooLong).toBeInstanceOf(Api.updates.ChannelDifferenceTooLong);
    expect((tooLong.dialog as Api.Dialog).pts).toBe(5);
    expect(tooLong.messages.map((m) => (m as Api.Message).message)).toEqual(["s1 (edited)"]);
    await expect(
      a.invoke(
        new Api.updates.GetChannelDifference({
          channel,
          filter: new Api.ChannelMessagesFilterEmpty(),
          pts: 0,
          limit: 1,
        }),
      ),
    ).rejects.toMatchObject({ errorMessage: "PERSISTENT_TIMESTAMP_INVALID" });
    await Promise.all([a.destroy(), b.destroy()]);
  }, 30_000);

  it("refuses getChannelDifference of a private channel the account is not in", async () => {
    const tg = client();
    await tg.connect();
    await signIn(tg, "+9996611303");
    const secret = dc.world.createChat({ kind: "channel", title: "Not yours", creatorPhone: "9996601001" });
    const channel = new Api.InputChannel({ channelId: big(secret.id), accessHash: big(secret.accessHash) });
    await expect(
      tg.invoke(
        new Api.updates.GetChannelDifference({
          channel,
          filter: new Api.ChannelMessagesFilterEmpty(),
          pts: 1,
          limit: 10,
        }),
      ),
    ).rejects.toMatchObject({ errorMessage: "CHANNEL_PRIVATE" });
    await tg.destroy();
  });
});

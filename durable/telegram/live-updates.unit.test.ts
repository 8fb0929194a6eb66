import { Api } from "telegram";
import { describe, expect, it } from "vitest";
import { big } from "./bigint.ts";
import { channelDifferenceEvents, channelOfPush, differenceEvents } from "./live-updates.ts";

const CHANNEL = "2000001";
const MARKED = "-1000002000001";
const inChannel = new Api.PeerChannel({ channelId: big(CHANNEL) });
const post = (id: number, text: string) =>
  new Api.Message({ id, peerId: inChannel, date: 1_700_000_000, message: text, post: true });
const supergroup = new Api.Channel({
  id: big(CHANNEL),
  title: "sg",
  photo: new Api.ChatPhotoEmpty(),
  date: 1,
  megagroup: true,
});

describe("channelDifferenceEvents", () => {
  it("turns a page into events with the channel's type and ids that name the update, and says where to go on", () => {
    const answer = new Api.updates.ChannelDifference({
      final: false,
      pts: 9,
      newMessages: [post(5, "five")],
      otherUpdates: [
        new Api.UpdateEditChannelMessage({ message: post(4, "four, edited"), pts: 8, ptsCount: 1 }),
        new Api.UpdateDeleteChannelMessages({ channelId: big(CHANNEL), messages: [3], pts: 9, ptsCount: 1 }),
      ],
      chats: [supergroup],
      users: [],
    });
    const result = channelDifferenceEvents(answer, CHANNEL, "42", undefined);
    expect(result.events).toEqual([
      {
        id: `new:${MARKED}:5`,
        type: "message.new",
        chatType: "supergroup",
        message: expect.objectContaining({ id: 5, chatId: MARKED, text: "five" }),
      },
      {
        id: `edited:${MARKED}:4:8`,
        type: "message.edited",
        chatType: "supergroup",
        message: expect.objectContaining({ id: 4 }),
      },
      { id: `deleted:${MARKED}:9`, type: "message.deleted", messageIds: [3], chatId: MARKED, chatType: "supergroup" },
    ]);
    expect(result).toMatchObject({ pts: 9, final: false, channelType: "supergroup" });
    // The same answer fetched again (a replay) gives the same ids.
    expect(channelDifferenceEvents(answer, CHANNEL, "42", undefined).events.map((e) => e.id)).toEqual(
      result.events.map((e) => e.id),
    );
  });

  it("answers empty as nothing at the channel's pts, and tooLong as one gap for that channel from the dialog's pts", () => {
    const empty = channelDifferenceEvents(
      new Api.updates.ChannelDifferenceEmpty({ final: true, pts: 12 }),
      CHANNEL,
      "42",
      "channel",
    );
    expect(empty).toMatchObject({ events: [], pts: 12, final: true, channelType: "channel" });
    const tooLong = channelDifferenceEvents(
      new Api.updates.ChannelDifferenceTooLong({
        final: true,
        dialog: new Api.Dialog({
          peer: inChannel,
          topMessage: 30,
          readInboxMaxId: 0,
          readOutboxMaxId: 0,
          unreadCount: 0,
          unreadMentionsCount: 0,
          unreadReactionsCount: 0,
          notifySettings: new Api.PeerNotifySettings({}),
          pts: 40,
        }),
        messages: [post(30, "latest")],
        chats: [supergroup],
        users: [],
      }),
      CHANNEL,
      "42",
      undefined,
    );
    expect(tooLong.events).toEqual([{ id: `gap:${MARKED}:40`, type: "updates.gap", chatId: MARKED }]);
    expect(tooLong).toMatchObject({ pts: 40, final: true });
  });
});

describe("differenceEvents", () => {
  it("names private chats and basic groups by type, and the channels Telegram says have news", () => {
    const answer = new Api.updates.Difference({
      newMessages: [
        new Api.Message({ id: 7, peerId: new Api.PeerUser({ userId: big(77) }), date: 1, message: "hi" }),
        new Api.Message({ id: 8, peerId: new Api.PeerChat({ chatId: big(3000001) }), date: 1, message: "group" }),
      ],
      newEncryptedMessages: [],
      otherUpdates: [
        new Api.UpdateDeleteMessages({ messages: [1, 2], pts: 20, ptsCount: 2 }),
        new Api.UpdateChannelTooLong({ channelId: big(CHANNEL), pts: 33 }),
      ],
      chats: [],
      users: [],
      state: new Api.updates.State({ pts: 20, qts: 0, date: 5, seq: 0, unreadCount: 0 }),
    });
    const result = differenceEvents(answer, "42");
    expect(result.events.map((e) => [e.id, e.type, "chatType" in e ? e.chatType : undefined])).toEqual([
      ["new:77:7", "message.new", "user"],
      ["new:-3000001:8", "message.new", "group"],
      ["deleted:20", "message.deleted", null],
    ]);
    expect(result.channels).toEqual([{ channelId: CHANNEL, startPts: 33 }]);
    const gap = differenceEvents(new Api.updates.DifferenceTooLong({ pts: 99 }), "42");
    expect(gap.events).toEqual([{ id: "gap:99", type: "updates.gap", chatId: null }]);
  });
});

describe("channelOfPush", () => {
  it("names the channel of a pushed channel update and the pts before it; nothing for the common box", () => {
    expect(channelOfPush(new Api.UpdateNewChannelMessage({ message: post(5, "x"), pts: 9, ptsCount: 1 }))).toEqual({
      channelId: CHANNEL,
      startPts: 8,
    });
    expect(
      channelOfPush(
        new Api.UpdateDeleteChannelMessages({ channelId: big(CHANNEL), messages: [1, 2], pts: 9, ptsCount: 2 }),
      ),
    ).toEqual({ channelId: CHANNEL, startPts: 7 });
    expect(channelOfPush(new Api.UpdateChannelTooLong({ channelId: big(CHANNEL) }))).toEqual({
      channelId: CHANNEL,
      startPts: undefined,
    });
    expect(channelOfPush(new Api.UpdateDeleteMessages({ messages: [1], pts: 3, ptsCount: 1 }))).toBeUndefined();
  });
});

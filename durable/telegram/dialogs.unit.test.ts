import { Api } from "telegram";
import { describe, expect, it } from "vitest";
import { big } from "./bigint.ts";
import { decodeDialogCursor } from "./cursor.ts";
import { dialogPage, offsetAfter } from "./dialogs.ts";

const dialog = (peer: Api.TypePeer, topMessage: number, unreadCount = 0) =>
  new Api.Dialog({
    peer,
    topMessage,
    readInboxMaxId: 0,
    readOutboxMaxId: 0,
    unreadCount,
    unreadMentionsCount: 0,
    unreadReactionsCount: 0,
    notifySettings: new Api.PeerNotifySettings({}),
  });

const channelPeer = new Api.PeerChannel({ channelId: big(2000001) });
const chatPeer = new Api.PeerChat({ chatId: big(3000001) });
const userPeer = new Api.PeerUser({ userId: big(77) });

const answer = new Api.messages.DialogsSlice({
  count: 3,
  dialogs: [dialog(channelPeer, 9, 2), dialog(userPeer, 4), dialog(chatPeer, 0)],
  messages: [
    new Api.Message({ id: 9, peerId: channelPeer, date: 1_700_000_300, message: "post", post: true }),
    new Api.Message({ id: 4, peerId: userPeer, date: 1_700_000_200, message: "hi", out: true }),
  ],
  chats: [
    new Api.Channel({
      id: big(2000001),
      title: "News",
      username: "news",
      photo: new Api.ChatPhotoEmpty(),
      date: 1_600_000_000,
      broadcast: true,
    }),
    new Api.Chat({
      id: big(3000001),
      title: "Quiet group",
      photo: new Api.ChatPhotoEmpty(),
      participantsCount: 1,
      date: 1_700_000_100,
      version: 1,
    }),
  ],
  users: [new Api.User({ id: big(77), firstName: "Ann", lastName: "Lee", username: "ann" })],
});

describe("dialogPage", () => {
  it("names each chat, gives it the id poll takes, and pages after the last one shown", () => {
    const page = dialogPage(answer, 2, "42");
    expect(page.dialogs).toEqual([
      {
        chatId: "-1000002000001",
        type: "channel",
        title: "News",
        username: "news",
        unreadCount: 2,
        lastMessage: {
          id: 9,
          chatId: "-1000002000001",
          fromId: "-1000002000001",
          out: false,
          text: "post",
          date: "2023-11-14T22:18:20.000Z",
        },
      },
      {
        chatId: "77",
        type: "user",
        title: "Ann Lee",
        username: "ann",
        unreadCount: 0,
        lastMessage: expect.objectContaining({ fromId: "42", out: true }),
      },
    ]);
    expect(decodeDialogCursor(page.nextCursor ?? "")).toEqual({ date: 1_700_000_200, chatId: "77" });
  });

  it("dates an empty chat by its creation and ends without a cursor", () => {
    const page = dialogPage(answer, 3, "42");
    expect(page.dialogs[2]).toMatchObject({ chatId: "-3000001", type: "group", lastMessage: null });
    expect(page.nextCursor).toBeNull();
    expect(offsetAfter(answer)).toEqual({ date: 1_700_000_100, chatId: "-3000001" });
  });
});

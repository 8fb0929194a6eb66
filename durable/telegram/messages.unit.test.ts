import { Api } from "telegram";
import { describe, expect, it } from "vitest";
import { big } from "./bigint.ts";
import { decodeCursor } from "./cursor.ts";
import { historyPage, sentMessageIdAndDate } from "./messages.ts";

const peer = (id: number) => new Api.PeerUser({ userId: big(id) });
const message = (id: number, out: boolean, text: string) =>
  new Api.Message({ id, out, peerId: peer(77), date: 1_700_000_000 + id, message: text });

describe("historyPage", () => {
  it("maps text messages newest first, fills in the sender of private chats, and pages when more follow", () => {
    const page = historyPage(
      [message(5, true, "mine"), new Api.MessageEmpty({ id: 4 }), message(3, false, "theirs"), message(2, true, "x")],
      3,
      "42",
    );
    expect(page.messages).toEqual([
      { id: 5, chatId: "77", fromId: "42", out: true, text: "mine", date: "2023-11-14T22:13:25.000Z" },
      { id: 3, chatId: "77", fromId: "77", out: false, text: "theirs", date: "2023-11-14T22:13:23.000Z" },
    ]);
    expect(decodeCursor(page.nextCursor ?? "")).toBe(3);
    // Exactly a page and nothing after it: no cursor (no empty page to fetch).
    expect(historyPage([message(3, true, "a"), message(2, true, "b")], 2, "42").nextCursor).toBeNull();
    expect(historyPage([message(2, true, "x")], 3, "42").nextCursor).toBeNull();
  });
});

describe("sentMessageIdAndDate", () => {
  it("reads the short answer and the full Updates answer", () => {
    expect(
      sentMessageIdAndDate(
        new Api.UpdateShortSentMessage({ out: true, id: 9, pts: 1, ptsCount: 1, date: 1_700_000_000 }),
      ),
    ).toEqual({ id: 9, date: "2023-11-14T22:13:20.000Z" });
    const updates = new Api.Updates({
      updates: [new Api.UpdateNewMessage({ message: message(11, true, "x"), pts: 2, ptsCount: 1 })],
      users: [],
      chats: [],
      date: 0,
      seq: 0,
    });
    expect(sentMessageIdAndDate(updates)?.id).toBe(11);
    expect(sentMessageIdAndDate(new Api.UpdatesTooLong())).toBeUndefined();
  });
});

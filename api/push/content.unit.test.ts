import { describe, expect, it } from "vitest";
import type { PushContext } from "../../durable/index.ts";
import { composeNotification } from "./content.ts";
import type { PushDelivery } from "./deliveries.ts";

const chatId = `grp_${"a".repeat(32)}`;
const delivery: PushDelivery = {
  kind: "pushDelivery",
  jobId: `${chatId}:7`,
  deviceId: "pdv_1",
  userId: "usr_bob",
  chatId,
  seq: 7,
  senderId: "usr_ada",
  senderName: "Ada Lovelace",
  createdAt: 1,
};
const context = (over: Partial<PushContext> = {}): PushContext => ({
  muted: false,
  badge: 3,
  chatKind: "group",
  chatTitle: "Book club",
  seenOnSocket: [],
  message: { text: "See you at 8?", attachmentCount: 0, deleted: false },
  withheld: false,
  ...over,
});
const bob = { sessionId: "ses_phone", hidePreviews: false };

const notification = (composed: ReturnType<typeof composeNotification>) => {
  if (!("notification" in composed)) throw new Error(`skipped: ${composed.skip}`);
  return composed.notification;
};

describe("what a push says", () => {
  it("title: sender · group; body: the preview; badge; one thread and collapse id per chat", () => {
    expect(notification(composeNotification(delivery, context(), bob))).toEqual({
      title: "Ada Lovelace · Book club",
      body: "See you at 8?",
      badge: 3,
      threadId: chatId,
      collapseId: chatId,
      priority: "high",
      pushType: "alert",
      data: { type: "newMessage", chatId, seq: "7" },
    });
  });

  it("a dialog's title is the sender alone", () => {
    expect(
      notification(composeNotification(delivery, context({ chatKind: "dialog", chatTitle: null }), bob)).title,
    ).toBe("Ada Lovelace");
  });

  it("an attachment without text says File, or Photo once attachments carry their kind", () => {
    const file = context({ message: { text: "", attachmentCount: 1, deleted: false } });
    expect(notification(composeNotification(delivery, file, bob)).body).toBe("File");
    const photo = context({ message: { text: "", attachmentCount: 1, attachmentKind: "photo", deleted: false } });
    expect(notification(composeNotification(delivery, photo, bob)).body).toBe("Photo");
  });

  it("hidden previews, or a message not yet known to the recipient, say only 'New message'", () => {
    for (const [ctx, who] of [
      [context(), { ...bob, hidePreviews: true }],
      [context({ message: null }), bob],
    ] as const) {
      const n = notification(composeNotification(delivery, ctx, who));
      expect([n.title, n.body]).toEqual(["New message", ""]);
      expect(JSON.stringify(n)).not.toContain("Ada");
    }
  });

  it("skips a muted chat, a deleted message, and the session whose socket already had it", () => {
    expect(composeNotification(delivery, context({ muted: true }), bob)).toEqual({ skip: "muted" });
    expect(
      composeNotification(delivery, context({ message: { text: "", attachmentCount: 0, deleted: true } }), bob),
    ).toEqual({ skip: "deleted" });
    expect(composeNotification(delivery, context({ seenOnSocket: ["ses_phone"] }), bob)).toEqual({
      skip: "seenOnSocket",
    });
    // Another of the user's sessions was online: this one still gets it.
    expect("notification" in composeNotification(delivery, context({ seenOnSocket: ["ses_laptop"] }), bob)).toBe(true);
  });

  it("skips a message withheld from the recipient (they blocked its sender), even before it is known", () => {
    expect(composeNotification(delivery, context({ withheld: true, message: null }), bob)).toEqual({
      skip: "withheld",
    });
  });
});

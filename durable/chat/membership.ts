import type { ChatInfo, Member, MemberRole } from "../../openapi/messaging-types.ts";
import { refuse } from "../outcome.ts";
import { ChatRecords, hiddenSendersJson } from "./records.ts";
import { canManageGroup, canRemoveMember, nextOwner } from "./rules.ts";

export type ChatDetails = {
  chat: ChatInfo;
  myRole: MemberRole;
  lastSeq: number;
  readSeq: number;
  deliveredSeq: number;
  unreadCount: number;
  members: Member[];
};

/** Chats and groups: opening a dialog, creating a group, members and roles, details. */
export class ChatMembership extends ChatRecords {
  // ---------------------------------------------------------------- chats

  /** Opens (or finds) the dialog of `callerId` and `peerId`: its id is derived from the pair. */
  openDialog(chatId: string, callerId: string, peerId: string): { details: ChatDetails; created: boolean } {
    const existing = this.chatRow();
    if (existing) {
      // Opening a dialog puts it in one's own list, even before its first message.
      if (this.memberRow(callerId)?.announced === 0) this.announceTo(existing, [callerId]);
      return { details: this.details(callerId), created: false };
    }
    const now = this.now();
    this.sql.exec(
      "INSERT INTO chat (id, kind, title, created_by, created_at, updated_at) VALUES (?, 'dialog', NULL, ?, ?, ?)",
      chatId,
      callerId,
      now,
      now,
    );
    for (const userId of new Set([callerId, peerId])) {
      this.sql.exec("INSERT INTO members (user_id, role, joined_at) VALUES (?, 'member', ?)", userId, now);
    }
    // The peer hears of the dialog with its first message, not before.
    this.announceTo(this.chatOrThrow(), [callerId]);
    return { details: this.details(callerId), created: true };
  }

  createGroup(chatId: string, ownerId: string, title: string, memberIds: string[], memberLimit: number): ChatDetails {
    if (this.chatRow()) throw refuse.conflict("Chat already exists");
    const members = [...new Set([ownerId, ...memberIds])];
    if (members.length > memberLimit) {
      throw refuse.conflict(`A group has at most ${memberLimit} members`, "MEMBER_LIMIT_REACHED");
    }
    const now = this.now();
    this.sql.exec(
      "INSERT INTO chat (id, kind, title, created_by, created_at, updated_at) VALUES (?, 'group', ?, ?, ?, ?)",
      chatId,
      title,
      ownerId,
      now,
      now,
    );
    for (const userId of members) {
      const role = userId === ownerId ? "owner" : "member";
      this.sql.exec("INSERT INTO members (user_id, role, joined_at, announced) VALUES (?, ?, ?, 1)", userId, role, now);
    }
    const chat = this.chatOrThrow();
    this.emit(members, { type: "chatUpdated", chatId, date: now, chat: this.info(chat) }, ownerId);
    return this.details(ownerId);
  }

  /** `hiddenSenders`: whom the caller blocked (their messages do not count as unread in a group). */
  details(callerId: string, hiddenSenders: readonly string[] = []): ChatDetails {
    const { chat, member } = this.requireMember(callerId);
    const members = this.sql
      .exec<{ user_id: string; role: MemberRole; joined_at: number }>(
        "SELECT user_id, role, joined_at FROM members ORDER BY joined_at, user_id",
      )
      .toArray()
      .map((m) => ({ userId: m.user_id, role: m.role, joinedAt: m.joined_at }));
    return {
      chat: this.info(chat, callerId),
      myRole: member.role,
      lastSeq: chat.last_seq,
      readSeq: member.read_seq,
      deliveredSeq: member.delivered_seq,
      unreadCount: this.unreadCount(callerId, member.read_seq, hiddenSendersJson(chat, hiddenSenders)),
      members,
    };
  }

  /** The chat as the caller sees it, or 404: the membership check of routes that need no more. */
  chatInfoFor(callerId: string): ChatInfo {
    return this.info(this.requireMember(callerId).chat, callerId);
  }

  updateGroup(callerId: string, patch: { title?: string | undefined; about?: string | undefined }): ChatDetails {
    const { chat, member } = this.requireGroup(callerId);
    if (!canManageGroup(member.role)) throw refuse.forbidden("Only the owner and admins can edit the group");
    const now = this.now();
    this.sql.exec(
      "UPDATE chat SET title = COALESCE(?, title), about = COALESCE(?, about), updated_at = ?",
      patch.title ?? null,
      patch.about ?? null,
      now,
    );
    const updated = this.chatOrThrow();
    this.emit(
      this.memberIds(),
      { type: "chatUpdated", chatId: chat.id, date: now, chat: this.info(updated) },
      callerId,
    );
    return this.details(callerId);
  }

  addMembers(callerId: string, userIds: string[], memberLimit: number): ChatDetails {
    const { chat, member } = this.requireGroup(callerId);
    if (!canManageGroup(member.role)) throw refuse.forbidden("Only the owner and admins can add members");
    const added = [...new Set(userIds)].filter((id) => !this.memberRow(id));
    if (added.length === 0) return this.details(callerId);
    const count = this.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM members").one().n;
    if (count + added.length > memberLimit) {
      throw refuse.conflict(`A group has at most ${memberLimit} members`, "MEMBER_LIMIT_REACHED");
    }
    const now = this.now();
    for (const userId of added) {
      // History before joining does not count as unread for a new member.
      this.sql.exec(
        "INSERT INTO members (user_id, role, joined_at, read_seq, delivered_seq, announced) VALUES (?, 'member', ?, ?, ?, 1)",
        userId,
        now,
        chat.last_seq,
        chat.last_seq,
      );
    }
    this.sql.exec("UPDATE chat SET updated_at = ?", now);
    const info = this.info(this.chatOrThrow());
    this.emitWithPreview(
      this.memberIds(),
      (lastMessage) => ({
        type: "memberAdded",
        chatId: chat.id,
        date: now,
        userIds: added,
        addedBy: callerId,
        chat: info,
        lastSeq: chat.last_seq,
        lastMessage,
      }),
      callerId,
    );
    return this.details(callerId);
  }

  removeMember(callerId: string, targetId: string): { left: boolean } {
    const { chat, member } = this.requireGroup(callerId);
    const target = this.memberRow(targetId);
    if (!target) throw refuse.notFound("Member not found");
    const actor = { userId: callerId, role: member.role };
    if (!canRemoveMember(actor, { userId: targetId, role: target.role })) {
      throw refuse.forbidden(
        member.role === "member"
          ? "Only the owner and admins can remove members"
          : "Admins cannot remove admins or the owner",
      );
    }
    const now = this.now();
    // The removed member hears of it too: their chat list drops the chat.
    const recipients = this.memberIds();
    this.sql.exec("DELETE FROM members WHERE user_id = ?", targetId);
    if (target.role === "owner") {
      const remaining = this.sql
        .exec<{ user_id: string; role: MemberRole; joined_at: number }>("SELECT user_id, role, joined_at FROM members")
        .toArray()
        .map((m) => ({ userId: m.user_id, role: m.role, joinedAt: m.joined_at }));
      const heir = nextOwner(remaining);
      if (heir) this.sql.exec("UPDATE members SET role = 'owner' WHERE user_id = ?", heir.userId);
    }
    this.sql.exec("UPDATE chat SET updated_at = ?", now);
    const info = this.info(this.chatOrThrow());
    this.emit(
      recipients,
      {
        type: "memberRemoved",
        chatId: chat.id,
        date: now,
        userId: targetId,
        removedBy: callerId,
        chat: info,
      },
      callerId,
    );
    if (target.role === "owner") {
      const owner = this.sql.exec<{ user_id: string }>("SELECT user_id FROM members WHERE role = 'owner'").toArray()[0];
      if (owner) {
        this.emit(
          this.memberIds(),
          {
            type: "chatUpdated",
            chatId: chat.id,
            date: now,
            member: { userId: owner.user_id, role: "owner" },
          },
          callerId,
        );
      }
    }
    return { left: callerId === targetId };
  }

  setRole(callerId: string, targetId: string, role: "admin" | "member"): ChatDetails {
    const { chat, member } = this.requireGroup(callerId);
    const target = this.memberRow(targetId);
    if (!target) throw refuse.notFound("Member not found");
    if (member.role !== "owner") throw refuse.forbidden("Only the owner can change roles");
    if (target.role === "owner") throw refuse.conflict("The owner's role cannot be changed");
    if (target.role !== role) {
      const now = this.now();
      this.sql.exec("UPDATE members SET role = ? WHERE user_id = ?", role, targetId);
      this.emit(
        this.memberIds(),
        {
          type: "chatUpdated",
          chatId: chat.id,
          date: now,
          member: { userId: targetId, role },
        },
        callerId,
      );
    }
    return this.details(callerId);
  }
}

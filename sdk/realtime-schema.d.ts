// Generated from asyncapi/asyncapi.json by `npm run sdk`. Do not edit.

export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ClientFrame: components["schemas"]["SyncFrame"] | components["schemas"]["AckFrame"] | components["schemas"]["TypingRequestFrame"] | components["schemas"]["PingFrame"] | components["schemas"]["CallJoinFrame"] | components["schemas"]["CallLeaveFrame"] | components["schemas"]["CallOfferFrame"] | components["schemas"]["CallAnswerFrame"] | components["schemas"]["CallIceFrame"];
        SyncFrame: {
            /** @enum {string} */
            type: "sync";
            /**
             * @description The last pts you have. Omit it to receive only what happens from now on. The server sends every update after it, in order, then `synced`, then the call ringing for you or that you are in (`incomingCall` while your devices ring, then its `callState`; call frames are not in the update log), then live updates.
             * @example 41
             */
            pts?: number;
        };
        AckFrame: {
            /** @enum {string} */
            type: "ack";
            /**
             * @description Your device has every update up to here: their messages count as delivered to you.
             * @example 42
             */
            pts: number;
        };
        TypingRequestFrame: {
            /** @enum {string} */
            type: "typing";
            /** @example grp_4b1d6f0e9a2c4e7f8d3b5a6c7e8f9012 */
            chatId: string;
        };
        PingFrame: {
            /** @enum {string} */
            type: "ping";
        };
        /** @description Answer a ringing call, or join a group call, with this device. The first device of a user wins; the user's other devices stop ringing. The answer is a `callState` with your `self` peer id and the participants: offer to each of them. */
        CallJoinFrame: {
            /** @enum {string} */
            type: "callJoin";
            /** @example call_0d4c1f6e2b7a49c8a3e5f1b2c3d4e5f6 */
            callId: string;
        };
        CallLeaveFrame: {
            /** @enum {string} */
            type: "callLeave";
            /** @example call_0d4c1f6e2b7a49c8a3e5f1b2c3d4e5f6 */
            callId: string;
            /**
             * @description Omitted: hang up when this device is in the call, decline when it is ringing. `failed`: the media connection failed (ends a 1:1 call as failed)
             * @enum {string}
             */
            reason?: "hangup" | "declined" | "failed";
        };
        CallOfferFrame: {
            /** @enum {string} */
            type: "callOffer";
            /** @example call_0d4c1f6e2b7a49c8a3e5f1b2c3d4e5f6 */
            callId: string;
            /**
             * @description The participant it is for
             * @example peer_9a8b7c6d5e4f3a2b1c0d9e8f
             */
            to: string;
            /** @description An SDP offer or answer */
            sdp: string;
        };
        CallAnswerFrame: {
            /** @enum {string} */
            type: "callAnswer";
            /** @example call_0d4c1f6e2b7a49c8a3e5f1b2c3d4e5f6 */
            callId: string;
            /**
             * @description The participant it is for
             * @example peer_9a8b7c6d5e4f3a2b1c0d9e8f
             */
            to: string;
            /** @description An SDP offer or answer */
            sdp: string;
        };
        CallIceFrame: {
            /** @enum {string} */
            type: "callIce";
            /** @example call_0d4c1f6e2b7a49c8a3e5f1b2c3d4e5f6 */
            callId: string;
            /**
             * @description The participant it is for
             * @example peer_9a8b7c6d5e4f3a2b1c0d9e8f
             */
            to: string;
            candidate: components["schemas"]["IceCandidate"];
        };
        IceCandidate: {
            candidate: string;
            sdpMid?: string | null;
            sdpMLineIndex?: number | null;
            usernameFragment?: string | null;
        };
        ServerFrame: components["schemas"]["NewMessageUpdate"] | components["schemas"]["MessageEditedUpdate"] | components["schemas"]["MessageDeletedUpdate"] | components["schemas"]["ReactionUpdate"] | components["schemas"]["ReadUpdate"] | components["schemas"]["DeliveredUpdate"] | components["schemas"]["ChatUpdatedUpdate"] | components["schemas"]["MemberAddedUpdate"] | components["schemas"]["MemberRemovedUpdate"] | components["schemas"]["DraftUpdatedUpdate"] | components["schemas"]["SyncedFrame"] | components["schemas"]["TooLongFrame"] | components["schemas"]["PresenceFrame"] | components["schemas"]["TypingFrame"] | components["schemas"]["AiDeltaFrame"] | components["schemas"]["PongFrame"] | components["schemas"]["ErrorFrame"] | components["schemas"]["IncomingCallFrame"] | components["schemas"]["CallStateFrame"] | components["schemas"]["CallOfferRelayFrame"] | components["schemas"]["CallAnswerRelayFrame"] | components["schemas"]["CallIceRelayFrame"];
        NewMessageUpdate: {
            /** @enum {string} */
            type: "newMessage";
            /**
             * @description Position in the caller's update log
             * @example 17
             */
            pts: number;
            /** @example grp_4b1d6f0e9a2c4e7f8d3b5a6c7e8f9012 */
            chatId: string;
            /** @example 1795000000000 */
            date: number;
            message: components["schemas"]["Message"];
        };
        Message: {
            /** @example grp_4b1d6f0e9a2c4e7f8d3b5a6c7e8f9012 */
            chatId: string;
            /** @example 42 */
            seq: number;
            /** @example usr_7f3a9c2e1b */
            senderId: string;
            /** @example a1b2c3d4-0001 */
            clientMessageId: string;
            /** @example See you at 8? */
            text: string;
            /** @example null */
            replyToSeq: number | null;
            forwardedFrom: components["schemas"]["ForwardedFrom"];
            /** @example [] */
            attachmentIds: string[];
            /**
             * @description The metadata of each attachment, in the order of attachmentIds
             * @example []
             */
            attachments: components["schemas"]["Attachment"][];
            /** @example 1795000000000 */
            createdAt: number;
            /** @example 1795000000000 */
            editedAt: number | null;
            reactions: components["schemas"]["ReactionCount"][];
            /**
             * @description Only on the caller's own messages: derived from the other members' markers
             * @enum {string}
             */
            status?: "sent" | "delivered" | "read";
            ai?: components["schemas"]["AiReply"];
            call?: components["schemas"]["MessageCall"];
        };
        ForwardedFrom: {
            /**
             * @description The original author
             * @example usr_7f3a9c2e1b
             */
            senderId: string;
            /** @example 1795000000000 */
            sentAt: number;
        } | null;
        Attachment: {
            /** @example att_9b8c7d6e5f4a40c1a2b3c4d5e6f70812 */
            id: string;
            /**
             * @description The file name given at upload
             * @example beach.jpg
             */
            name: string;
            /**
             * @description Bytes
             * @example 482133
             */
            size: number;
            /**
             * @description The type found in the file's first bytes; `application/octet-stream` when it could not be recognised or disagreed with the declared type
             * @example image/jpeg
             */
            mimeType: string;
            /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
            sha256: string;
        };
        ReactionCount: {
            /** @example 👍 */
            emoji: string;
            /** @example 2 */
            count: number;
            mine?: boolean;
        };
        /** @description Only on the assistant's replies: the state of its turn */
        AiReply: {
            /**
             * @description streaming: text is still arriving (aiDelta frames); complete; cancelled (stopped by a member, partial text kept); interrupted (the server restarted mid-reply); failed (see error)
             * @enum {string}
             */
            state: "streaming" | "complete" | "cancelled" | "interrupted" | "failed";
            /**
             * @description Why a failed reply failed
             * @example null
             */
            error: string | null;
        };
        /** @description Only on a call's history message */
        MessageCall: {
            /** @example call_0d4c1f6e2b7a49c8a3e5f1b2c3d4e5f6 */
            callId: string;
            video: boolean;
            /**
             * @description `hangup`: it took place; otherwise why it did not
             * @enum {string}
             */
            reason: "declined" | "missed" | "busy" | "hangup" | "failed";
            /**
             * @description From the answer to the end; null when nobody answered
             * @example 65
             */
            durationSeconds: number | null;
        };
        MessageEditedUpdate: {
            /** @enum {string} */
            type: "messageEdited";
            /**
             * @description Position in the caller's update log
             * @example 17
             */
            pts: number;
            /** @example grp_4b1d6f0e9a2c4e7f8d3b5a6c7e8f9012 */
            chatId: string;
            /** @example 1795000000000 */
            date: number;
            message: components["schemas"]["Message"];
        };
        MessageDeletedUpdate: {
            /** @enum {string} */
            type: "messageDeleted";
            /**
             * @description Position in the caller's update log
             * @example 17
             */
            pts: number;
            /** @example grp_4b1d6f0e9a2c4e7f8d3b5a6c7e8f9012 */
            chatId: string;
            /** @example 1795000000000 */
            date: number;
            /** @example 42 */
            seq: number;
            /** @example usr_7f3a9c2e1b */
            senderId: string;
            /** @description false: deleted only for you (on your other devices) */
            forEveryone: boolean;
            lastMessage: components["schemas"]["MessagePreview"];
        };
        /** @description The chat's preview after the deletion */
        MessagePreview: {
            /** @example 42 */
            seq: number;
            /** @example usr_7f3a9c2e1b */
            senderId: string;
            /**
             * @description At most 120 characters
             * @example See you at 8?
             */
            text: string;
            hasAttachments: boolean;
            /** @example 1795000000000 */
            createdAt: number;
        } | null;
        ReactionUpdate: {
            /** @enum {string} */
            type: "reaction";
            /**
             * @description Position in the caller's update log
             * @example 17
             */
            pts: number;
            /** @example grp_4b1d6f0e9a2c4e7f8d3b5a6c7e8f9012 */
            chatId: string;
            /** @example 1795000000000 */
            date: number;
            /** @example 42 */
            seq: number;
            /** @example usr_7f3a9c2e1b */
            userId: string;
            /** @example 👍 */
            emoji: string;
            added: boolean;
            /** @description The message's counts after the change */
            reactions: components["schemas"]["ReactionCount"][];
        };
        ReadUpdate: {
            /** @enum {string} */
            type: "read";
            /**
             * @description Position in the caller's update log
             * @example 17
             */
            pts: number;
            /** @example grp_4b1d6f0e9a2c4e7f8d3b5a6c7e8f9012 */
            chatId: string;
            /** @example 1795000000000 */
            date: number;
            /**
             * @description Who read
             * @example usr_7f3a9c2e1b
             */
            userId: string;
            upToSeq: number;
            /** @description Present when you are the reader: your unread count in this chat now */
            unreadCount?: number;
        };
        DeliveredUpdate: {
            /** @enum {string} */
            type: "delivered";
            /**
             * @description Position in the caller's update log
             * @example 17
             */
            pts: number;
            /** @example grp_4b1d6f0e9a2c4e7f8d3b5a6c7e8f9012 */
            chatId: string;
            /** @example 1795000000000 */
            date: number;
            /**
             * @description Who received
             * @example usr_7f3a9c2e1b
             */
            userId: string;
            upToSeq: number;
        };
        ChatUpdatedUpdate: {
            /** @enum {string} */
            type: "chatUpdated";
            /**
             * @description Position in the caller's update log
             * @example 17
             */
            pts: number;
            /** @example grp_4b1d6f0e9a2c4e7f8d3b5a6c7e8f9012 */
            chatId: string;
            /** @example 1795000000000 */
            date: number;
            chat?: components["schemas"]["ChatInfo"];
            /** @description A member whose role changed */
            member?: {
                /** @example usr_7f3a9c2e1b */
                userId: string;
                /**
                 * @example member
                 * @enum {string}
                 */
                role: "owner" | "admin" | "member";
            };
            settings?: components["schemas"]["ChatSettings"];
            /** @description A message was pinned or unpinned (GET /chats/{chatId}/pinned has the list) */
            pinnedMessage?: {
                /** @example 42 */
                seq: number;
                pinned: boolean;
                /** @example usr_7f3a9c2e1b */
                by: string;
            };
        };
        /** @description The chat's details, when they changed */
        ChatInfo: {
            /** @example grp_4b1d6f0e9a2c4e7f8d3b5a6c7e8f9012 */
            id: string;
            /**
             * @example group
             * @enum {string}
             */
            kind: "dialog" | "group";
            /**
             * @description Groups: their title. Dialogs: null, except "Saved messages" (the dialog with oneself)
             * @example Weekend trip
             */
            title: string | null;
            /** @example  */
            about: string;
            /**
             * @description Dialogs: the other member (oneself for Saved messages)
             * @example usr_7f3a9c2e1b
             */
            peerId: string | null;
            /** @example 3 */
            memberCount: number;
            /** @example usr_7f3a9c2e1b */
            createdBy: string;
            /** @example 1795000000000 */
            createdAt: number;
            /** @example 1795000000000 */
            updatedAt: number;
        };
        /** @description Your own settings for the chat, when you changed them */
        ChatSettings: {
            muted: boolean;
            /**
             * @description Muted until then (unix ms); null = no end
             * @example 1795000000000
             */
            mutedUntil: number | null;
            pinned: boolean;
        };
        MemberAddedUpdate: {
            /** @enum {string} */
            type: "memberAdded";
            /**
             * @description Position in the caller's update log
             * @example 17
             */
            pts: number;
            /** @example grp_4b1d6f0e9a2c4e7f8d3b5a6c7e8f9012 */
            chatId: string;
            /** @example 1795000000000 */
            date: number;
            userIds: string[];
            /** @example usr_7f3a9c2e1b */
            addedBy: string;
            chat: components["schemas"]["ChatInfo"];
            /** @description The chat's last seq: new members start reading after it */
            lastSeq: number;
            lastMessage: components["schemas"]["MessagePreview"] & unknown;
        };
        MemberRemovedUpdate: {
            /** @enum {string} */
            type: "memberRemoved";
            /**
             * @description Position in the caller's update log
             * @example 17
             */
            pts: number;
            /** @example grp_4b1d6f0e9a2c4e7f8d3b5a6c7e8f9012 */
            chatId: string;
            /** @example 1795000000000 */
            date: number;
            /** @example usr_7f3a9c2e1b */
            userId: string;
            /**
             * @description Equals userId when the member left
             * @example usr_7f3a9c2e1b
             */
            removedBy: string;
            chat: components["schemas"]["ChatInfo"];
        };
        DraftUpdatedUpdate: {
            /** @enum {string} */
            type: "draftUpdated";
            /**
             * @description Position in the caller's update log
             * @example 17
             */
            pts: number;
            /** @example grp_4b1d6f0e9a2c4e7f8d3b5a6c7e8f9012 */
            chatId: string;
            /** @example 1795000000000 */
            date: number;
            /** @description Your draft for the chat as saved on one of your devices; null: cleared */
            draft: {
                text: string;
                replyToSeq: number | null;
                /** @example 1795000000000 */
                updatedAt: number;
            } | null;
        };
        SyncedFrame: {
            /** @enum {string} */
            type: "synced";
            /**
             * @description Your pts now: catch-up is over, live updates follow
             * @example 53
             */
            pts: number;
        };
        TooLongFrame: {
            /** @enum {string} */
            type: "tooLong";
            /** @description The current pts. Your pts is older than the retained log: reload chats and histories over REST; live updates after this pts follow on this socket. */
            pts: number;
        };
        PresenceFrame: {
            /** @enum {string} */
            type: "presence";
            /** @example usr_7f3a9c2e1b */
            userId: string;
            online: boolean;
            /**
             * @description When they were last online (unix ms)
             * @example 1795000000000
             */
            lastSeen: number | null;
        };
        TypingFrame: {
            /** @enum {string} */
            type: "typing";
            /** @example grp_4b1d6f0e9a2c4e7f8d3b5a6c7e8f9012 */
            chatId: string;
            /**
             * @description Who is typing
             * @example usr_7f3a9c2e1b
             */
            userId: string;
            /** @example 1795000000000 */
            date: number;
            /**
             * @description Show it for this long unless another typing frame follows
             * @example 5000
             */
            expiresInMs: number;
        };
        AiDeltaFrame: {
            /** @enum {string} */
            type: "aiDelta";
            /** @example grp_4b1d6f0e9a2c4e7f8d3b5a6c7e8f9012 */
            chatId: string;
            /** @description The assistant's reply this text belongs to */
            seq: number;
            /** @description Where `delta` starts in the reply's text: deltas arrive in order, each at the end of the previous one. Ephemeral (not in the update log): after a reconnect, the history has the text saved so far */
            offset: number;
            /** @example Hello */
            delta: string;
        };
        PongFrame: {
            /** @enum {string} */
            type: "pong";
        };
        ErrorFrame: {
            /** @enum {string} */
            type: "error";
            /** @enum {string} */
            code: "MALFORMED_JSON" | "INVALID_FRAME" | "FRAME_TOO_LARGE" | "BINARY_NOT_SUPPORTED" | "NOT_FOUND" | "INTERNAL_ERROR" | "CONFLICT";
            message: string;
            details?: unknown;
        };
        /** @description Ring: to every device of every member the call is for. Answer with `callJoin`, decline with `callLeave`. */
        IncomingCallFrame: {
            /** @enum {string} */
            type: "incomingCall";
            /** @example call_0d4c1f6e2b7a49c8a3e5f1b2c3d4e5f6 */
            callId: string;
            /** @example grp_4b1d6f0e9a2c4e7f8d3b5a6c7e8f9012 */
            chatId: string;
            /**
             * @description Who is calling
             * @example usr_7f3a9c2e1b
             */
            fromUserId: string;
            video: boolean;
            /** @example 1795000000000 */
            date: number;
        };
        /** @description The call changed (someone answered, joined, left or declined, it moved to the SFU, a device published or closed SFU tracks, or it ended): to every device of everyone the call is for. */
        CallStateFrame: {
            /** @enum {string} */
            type: "callState";
            call: components["schemas"]["Call"];
        };
        Call: {
            /** @example call_0d4c1f6e2b7a49c8a3e5f1b2c3d4e5f6 */
            callId: string;
            /** @example grp_4b1d6f0e9a2c4e7f8d3b5a6c7e8f9012 */
            chatId: string;
            video: boolean;
            /** @example usr_7f3a9c2e1b */
            initiatorId: string;
            /**
             * @example active
             * @enum {string}
             */
            state: "ringing" | "active" | "ended";
            /**
             * @description Why it ended: `declined` (every callee declined), `missed` (nobody answered before the ring timeout, or the caller gave up first), `busy` (every callee was in another call), `hangup` (fewer than two remained), `failed` (a device reported that the media connection failed)
             * @enum {string|null}
             */
            reason: "declined" | "missed" | "busy" | "hangup" | "failed" | null;
            /** @description The devices in the call now, in the order they joined */
            participants: components["schemas"]["CallParticipant"][];
            /** @description Members whose devices are still ringing */
            ringing: string[];
            /**
             * @description Your device's peer id when it is in the call (ignore yourself in `participants`), else null
             * @example peer_9a8b7c6d5e4f3a2b1c0d9e8f
             */
            self: string | null;
            /**
             * @description Most devices in a peer-to-peer (mesh) call; past it the call moves to the SFU
             * @example 4
             */
            meshLimit: number;
            /**
             * @description `mesh`: each device sends its media to every other (callOffer/callAnswer/callIce). `sfu`: each device sends its media once to Cloudflare Realtime SFU and pulls the others' `tracks` from it (POST /calls/{callId}/sfu/…). A call moves to `sfu` when a device joins past `meshLimit`, or starts there (`sfu: true`), and stays there
             * @enum {string}
             */
            mode: "mesh" | "sfu";
            /** @description SFU mode: the tracks the devices in the call publish, for newcomers to pull (empty in mesh mode) */
            tracks: components["schemas"]["CallTrack"][];
            /** @example 1795000000000 */
            createdAt: number;
            /** @example 1795000000000 */
            answeredAt: number | null;
            /** @example 1795000000000 */
            endedAt: number | null;
        };
        CallParticipant: {
            /** @example peer_9a8b7c6d5e4f3a2b1c0d9e8f */
            peerId: string;
            /** @example usr_7f3a9c2e1b */
            userId: string;
            /** @example 1795000000000 */
            joinedAt: number;
        };
        CallTrack: {
            /** @example peer_9a8b7c6d5e4f3a2b1c0d9e8f */
            peerId: string;
            /** @example usr_7f3a9c2e1b */
            userId: string;
            /** @example video-1 */
            trackName: string;
            /** @enum {string} */
            kind: "audio" | "video";
        };
        CallOfferRelayFrame: {
            /** @enum {string} */
            type: "callOffer";
            /** @example call_0d4c1f6e2b7a49c8a3e5f1b2c3d4e5f6 */
            callId: string;
            /**
             * @description The participant it comes from: send your answer and candidates `to` it
             * @example peer_9a8b7c6d5e4f3a2b1c0d9e8f
             */
            from: string;
            /** @example usr_7f3a9c2e1b */
            fromUserId: string;
            /** @description An SDP offer or answer */
            sdp: string;
        };
        CallAnswerRelayFrame: {
            /** @enum {string} */
            type: "callAnswer";
            /** @example call_0d4c1f6e2b7a49c8a3e5f1b2c3d4e5f6 */
            callId: string;
            /**
             * @description The participant it comes from: send your answer and candidates `to` it
             * @example peer_9a8b7c6d5e4f3a2b1c0d9e8f
             */
            from: string;
            /** @example usr_7f3a9c2e1b */
            fromUserId: string;
            /** @description An SDP offer or answer */
            sdp: string;
        };
        CallIceRelayFrame: {
            /** @enum {string} */
            type: "callIce";
            /** @example call_0d4c1f6e2b7a49c8a3e5f1b2c3d4e5f6 */
            callId: string;
            /**
             * @description The participant it comes from: send your answer and candidates `to` it
             * @example peer_9a8b7c6d5e4f3a2b1c0d9e8f
             */
            from: string;
            /** @example usr_7f3a9c2e1b */
            fromUserId: string;
            candidate: components["schemas"]["IceCandidate"];
        };
        /** @description One live update of a private chat, basic group, supergroup or channel (`chatType`). `message.new` / `message.edited` carry the message; `message.deleted` the ids (and, in a channel or supergroup, its chatId: Telegram does not say which private chat or basic group they were in); `updates.gap` means too much was missed to replay (in one channel or supergroup when chatId is set): refetch history with poll. `id` is stable across redeliveries: deduplicate by it. */
        TelegramUpdateEvent: {
            /**
             * @description The update's stable id: the same on every delivery of one Telegram update (a webhook retry, a replay after the session reconnected or restarted). Delivery is at least once: deduplicate by it
             * @example new:-1000002000001:17
             */
            id: string;
            /**
             * Format: uuid
             * @example 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f
             */
            sessionId: string;
            /**
             * @description 1, 2, 3… per session, in delivery order: a webhook retry repeats it, but an update replayed after the session restarted gets a new one (deduplicate by id)
             * @example 7
             */
            seq: number;
            /** @enum {string} */
            type: "message.new";
            chatType: components["schemas"]["TelegramDialogType"];
            message: components["schemas"]["TelegramMessage"];
        } | {
            /**
             * @description The update's stable id: the same on every delivery of one Telegram update (a webhook retry, a replay after the session reconnected or restarted). Delivery is at least once: deduplicate by it
             * @example new:-1000002000001:17
             */
            id: string;
            /**
             * Format: uuid
             * @example 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f
             */
            sessionId: string;
            /**
             * @description 1, 2, 3… per session, in delivery order: a webhook retry repeats it, but an update replayed after the session restarted gets a new one (deduplicate by id)
             * @example 7
             */
            seq: number;
            /** @enum {string} */
            type: "message.edited";
            chatType: components["schemas"]["TelegramDialogType"];
            message: components["schemas"]["TelegramMessage"];
        } | {
            /**
             * @description The update's stable id: the same on every delivery of one Telegram update (a webhook retry, a replay after the session reconnected or restarted). Delivery is at least once: deduplicate by it
             * @example new:-1000002000001:17
             */
            id: string;
            /**
             * Format: uuid
             * @example 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f
             */
            sessionId: string;
            /**
             * @description 1, 2, 3… per session, in delivery order: a webhook retry repeats it, but an update replayed after the session restarted gets a new one (deduplicate by id)
             * @example 7
             */
            seq: number;
            /** @enum {string} */
            type: "message.deleted";
            /**
             * @example [
             *       41,
             *       42
             *     ]
             */
            messageIds: number[];
            /**
             * @description The channel or supergroup the messages were in; null for private chats and basic groups (Telegram does not say which)
             * @example -1000002000001
             */
            chatId: string | null;
            /** @description `supergroup` or `channel` with a chatId; null without */
            chatType: components["schemas"]["TelegramDialogType"] | null;
        } | {
            /**
             * @description The update's stable id: the same on every delivery of one Telegram update (a webhook retry, a replay after the session reconnected or restarted). Delivery is at least once: deduplicate by it
             * @example new:-1000002000001:17
             */
            id: string;
            /**
             * Format: uuid
             * @example 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f
             */
            sessionId: string;
            /**
             * @description 1, 2, 3… per session, in delivery order: a webhook retry repeats it, but an update replayed after the session restarted gets a new one (deduplicate by id)
             * @example 7
             */
            seq: number;
            /** @enum {string} */
            type: "updates.gap";
            /**
             * @description The channel or supergroup whose updates were lost; null: the private chats and basic groups (refetch them all)
             * @example null
             */
            chatId: string | null;
        };
        /**
         * @description `user`: a private chat (a bot too); `group`: a basic group; `supergroup`; `channel`: a broadcast channel
         * @enum {string}
         */
        TelegramDialogType: "user" | "group" | "supergroup" | "channel";
        TelegramMessage: {
            /** @example 42 */
            id: number;
            /**
             * @description The chat, as a numeric id usable as `chatId`: the other side of a private chat (your own id for Saved Messages), a group (negative), a channel or supergroup (-100…)
             * @example 5000001
             */
            chatId: string;
            /**
             * @description The sender; for a broadcast channel's posts, the channel
             * @example 5000001
             */
            fromId: string | null;
            /**
             * @description Sent by this account
             * @example true
             */
            out: boolean;
            /** @example Hello from BIG Gateway */
            text: string;
            /**
             * Format: date-time
             * @example 2026-11-21T10:05:00.000Z
             */
            date: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

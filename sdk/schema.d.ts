// Generated from openapi/openapi.json by `npm run sdk`. Do not edit.

export interface paths {
    "/api/telegram-proxy/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Telegram proxy liveness
         * @description Answers `{status, timestamp}` while the Worker is up. Needs no API key.
         */
        get: operations["telegramProxyHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service health
         * @description Version, commit and a live check of every binding the Worker has (D1 query, KV read, R2 head, Queue send), and the count of outbox rows given up on (`outboxDeadLetters.count`: reported, never a failure). 503 names what failed. Needs no token; one round of checks answers for up to 5 seconds (`checkedAt`).
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Text a sign-in code
         * @description Sends a six-digit code to the phone by SMS. It is valid for 5 minutes and replaces any earlier code for that phone. The answer is the same whether or not the number has an account. Only mobile numbers are texted: premium-rate, toll-free, personal, landline, satellite and other non-mobile numbers answer 400 `PHONE_NOT_MOBILE`, and a country outside `AUTH_ALLOWED_COUNTRIES` 400 `PHONE_COUNTRY_NOT_ALLOWED`. Limits: one code per phone every 60 s, a daily cap per phone of which one client address (an IPv4 address or an IPv6 /64) may use only a share, an hourly cap per client address and a global hourly cap; beyond them 429 with `Retry-After`. An invalid number answers 400 `INVALID_PHONE`.
         */
        post: operations["sendCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with the code
         * @description Exchanges the code for an access token and a refresh token, creating the account on the first sign-in (`isNewUser`). Each sign-in is a session named after `device`. A code allows 5 attempts per client address (an IPv4 address or an IPv6 /64), so a stranger's guesses do not use up yours, and 25 in total: a wrong code answers 400 `CODE_INVALID` with the attempts left; an expired, used or exhausted code answers 400 `CODE_EXPIRED` (request a new one). A client address with too many wrong codes in the hour, or too many wrong codes everywhere in the last minute, gets 429 with `Retry-After` before its code is looked at.
         */
        post: operations["verifyCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Swap a refresh token for new tokens
         * @description Rotation: answers a new access token and a new refresh token; the one sent stops working. Sending a refresh token that was already used revokes the whole session (every token of that sign-in) and answers 401 `REFRESH_TOKEN_REUSED`: it means the token was copied.
         */
        post: operations["refreshTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description Revokes the session of the calling access token: its refresh token and access tokens stop working.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your profile
         * @description The signed-in user's own profile, phone number included.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change your profile
         * @description Changes any of first name, last name, username and bio; fields you leave out stay as they are. A username is unique regardless of case: one already taken answers 409 `USERNAME_TAKEN`.
         */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your signed-in devices
         * @description Every live sign-in of your account (one per device that verified a code), newest first, with the one making this call marked `current`.
         */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Sign a device out
         * @description Revokes that sign-in: its refresh token stops working at once and so do its access tokens. Another user's session answers 404.
         */
        delete: operations["revokeSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's public profile
         * @description Name, username, bio and presence (online, last seen) of any user. The phone number is included only if the caller has it in their phone book. Presence follows the user's `presence` privacy setting: hidden (a setting that does not admit you, a block either way, or your own setting `nobody`) it reads `online: false, lastSeen: null`.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find a user by username
         * @description Exact, case-insensitive username lookup. Answers a list with the one match, or an empty list.
         */
        get: operations["findUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload your phone book
         * @description Adds or updates up to 1000 contacts per call in your phone book, normalising each number to E.164. Entries with an invalid number are listed in `invalid` and skipped; the rest are stored. The answer says which contacts have an account. A daily cap on imported contacts per user applies (429 with `Retry-After` beyond it).
         */
        post: operations["importContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your phone book
         * @description Every contact you imported, by name, with whether each has an account now.
         */
        get: operations["listContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{phone}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a contact
         * @description Removes one number from your phone book (URL-encode the +: `%2B442079460958`). A number not in your phone book answers 404.
         */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your chat list
         * @description Your dialogs and groups, pinned ones first, then by latest activity, each with a preview of its last message, your unread count and your muted/pinned flags. Paged with an opaque cursor.
         */
        get: operations["listChats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chats/dialogs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open the dialog with a user
         * @description Returns the dialog between you and `userId`, creating it the first time. The same two people always get the same chat id. Your own id opens Saved messages. The other person sees the dialog in their list once it has a message, or once they open it.
         */
        post: operations["openDialog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chats/{chatId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A chat's details
         * @description The chat, its members, your role, markers and unread count. 404 unless you are a member.
         */
        get: operations["getChat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chats/{chatId}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Mute or pin a chat (for yourself)
         * @description Your own settings for a chat: `muted` (optionally `mutedUntil`, unix ms) and `pinned`. Other members are not told; your other devices get a `chatUpdated` update.
         */
        patch: operations["updateChatSettings"];
        trace?: never;
    };
    "/api/v1/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a group
         * @description A new group with you as its owner and `memberIds` as members (at most GROUP_MEMBER_LIMIT in all, 1,000 by default; 200 ids per request). Every id must be a user. Users whose `addToGroups` privacy setting does not admit you are invited instead (`invitedUserIds`). Rate-limited per user: GROUP_CREATE_HOURLY_LIMIT groups and GROUP_ADD_HOURLY_LIMIT users added or invited per hour (429 + `Retry-After`).
         */
        post: operations["createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/{chatId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a group or change its about
         * @description Owner and admins only (403 for other members, 404 for non-members). Members get `chatUpdated`.
         */
        patch: operations["updateGroup"];
        trace?: never;
    };
    "/api/v1/groups/{chatId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add members
         * @description Owner and admins add users (existing members are skipped). Users whose `addToGroups` privacy setting does not admit you are invited instead (`invitedUserIds`). 409 `MEMBER_LIMIT_REACHED` past the limit; 429 past GROUP_ADD_HOURLY_LIMIT users added or invited per hour. Everyone gets `memberAdded`.
         */
        post: operations["addGroupMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/{chatId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member, or leave
         * @description Your own id leaves the group (an owner who leaves hands the group to the longest-serving admin, else member). The owner removes anyone; admins remove plain members. Everyone, including the removed member, gets `memberRemoved`.
         */
        delete: operations["removeGroupMember"];
        options?: never;
        head?: never;
        /**
         * Make a member an admin, or not
         * @description Owner only. Members get `chatUpdated` with the member's new role.
         */
        patch: operations["setGroupMemberRole"];
        trace?: never;
    };
    "/api/v1/chats/{chatId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page of a chat's history
         * @description Messages by `seq`, oldest first: the latest ones, or `before`, `after` or `around` a seq (at most one), at most 100. Deleted messages are left out. A page costs the same however long the history is.
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Send a message
         * @description Stores the message with the chat's next gap-free `seq` and delivers it to every member's update log. A repeat of the same `clientMessageId` by the same sender returns the original message (200) instead of a second one, even when the repeats race. Rate-limited per user (429 + `Retry-After`). In an assistant chat a message starts the assistant's reply: 409 `AI_TURN_IN_PROGRESS` while one is streaming, 429 `AI_BUDGET_EXHAUSTED` (+ `Retry-After`) beyond your daily token budget, 503 `AI_NOT_CONFIGURED`. With `sendAt` the message is scheduled instead (202): see the scheduled messages.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chats/{chatId}/messages/{seq}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a message, for you or for everyone
         * @description Without `forEveryone` the message disappears from your history only. With `forEveryone=true` (the author, or a group's owner/admins) its text and attachments are erased and it disappears for every member, previews included.
         */
        delete: operations["deleteMessage"];
        options?: never;
        head?: never;
        /**
         * Edit your message
         * @description Only the author edits (403 otherwise), and not a forwarded message. Sets `editedAt`; members get `messageEdited`.
         */
        patch: operations["editMessage"];
        trace?: never;
    };
    "/api/v1/chats/{chatId}/messages/{seq}/reactions/{emoji}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * React to a message
         * @description One reaction per user and emoji: a repeat changes nothing. Members get `reaction` with the new counts.
         */
        put: operations["addReaction"];
        post?: never;
        /**
         * Take back a reaction
         * @description Removing a reaction you do not have changes nothing.
         */
        delete: operations["removeReaction"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chats/{chatId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark messages read
         * @description Moves your read marker to `upToSeq` (capped at the last message). It never moves back: a lower value changes nothing. The authors of the messages read get a `read` update; your devices get yours with your new unread count.
         */
        post: operations["markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your updates since a pts
         * @description Your update log after `since`, in order: newMessage, messageEdited, messageDeleted, reaction, read, delivered, chatUpdated, memberAdded, memberRemoved, draftUpdated. Each carries its `pts`. When `since` is older than the retained window (UPDATE_LOG_RETENTION updates), the answer is `{tooLong: true, pts}`: reload the chat list and histories, then continue from that pts.
         */
        get: operations["getUpdates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/updates/ack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge updates (marks messages delivered)
         * @description Tells the server your device has every update up to `pts`. The messages of newMessage updates in that range count as delivered to you: their authors get a `delivered` update and see the status `delivered`. Forward-only and idempotent (a pts beyond your log is capped). The realtime WebSocket's `ack` frame does the same.
         */
        post: operations["ackUpdates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a multipart upload of a large file
         * @description For files up to `ATTACHMENT_MAX_BYTES_MULTIPART` (2 GiB by default; 413 beyond). The size counts against your quota from now (413/429). Then send each part (5242880 bytes, the last one the rest) and complete. An upload not completed within 24 hours is aborted.
         */
        post: operations["createAttachmentUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/uploads/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which parts of an upload arrived (to resume it) */
        get: operations["getAttachmentUpload"];
        put?: never;
        post?: never;
        /**
         * Abandon a multipart upload
         * @description Its parts are dropped and its size no longer counts against your quota.
         */
        delete: operations["abortAttachmentUpload"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/uploads/{attachmentId}/parts/{partNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Send one part
         * @description The body is the part's bytes, streamed to storage. `Content-Length` must be the part's size (`partSize`, the last part the rest: 400 otherwise). Sending a part again replaces it.
         */
        put: operations["uploadAttachmentPart"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/uploads/{attachmentId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish a multipart upload
         * @description Every part must have arrived (409 `PARTS_MISSING` names the missing ones). The file is assembled, hashed and its type checked as for a single upload; the answer is the attachment.
         */
        post: operations["completeAttachmentUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/presigned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a presigned upload straight to storage (experimental)
         * @description Experimental: the streaming upload (`uploadAttachment`) stays the default. Answers a presigned S3 PUT URL for the bucket (valid 900 s) and the headers it is signed with; the file's `size` counts against your quota from now (413/429 as for an upload; at most `ATTACHMENT_MAX_BYTES_MULTIPART`). PUT the bytes to the URL, then call `completePresignedUpload`. 503 `PRESIGNED_UPLOADS_UNAVAILABLE` when the server has no S3 credentials for its bucket.
         */
        post: operations["createPresignedUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/presigned/{attachmentId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a presigned upload and make it an attachment (experimental)
         * @description The server reads what arrived once: its size must be the declared one and its SHA-256 the declared one (if given), or the bytes are deleted and the upload closed (`400 UPLOAD_SIZE_MISMATCH` / `UPLOAD_SHA256_MISMATCH`: start a new one). Its type is checked from its first bytes as for a streamed upload. `409 UPLOAD_NOT_RECEIVED` while nothing has arrived and the URL still works (PUT, then complete again); `409 UPLOAD_EXPIRED` once it has stopped working with nothing received (the upload is closed and its quota freed). Someone else's upload, or one already completed, is 404.
         */
        post: operations["completePresignedUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file
         * @description The request body is the file itself, streamed to storage as it arrives (never held whole in memory). `Content-Length` is required (411) and checked against `ATTACHMENT_MAX_BYTES` and your quota before a byte is read (413; the daily quota answers 429 + `Retry-After`). `Content-Type` is what you say the file is: the server reads the file's first bytes, and when they say something else (or nothing it recognises, like HTML) the file is stored as `application/octet-stream` and only ever served as a download. The answer's `id` goes into a message's `attachmentIds`; a file never sent is deleted after 24 hours.
         */
        post: operations["uploadAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file
         * @description For its uploader and the members of a chat where it was sent (404 for anyone else, a removed member included). Supports one `Range: bytes=…` (206) and `If-None-Match` with the `ETag` (304). Served with `X-Content-Type-Options: nosniff` and a sandboxing CSP; only a short list of image, video and audio types is served inline, everything else as a download (HTML and SVG never with their own type).
         */
        get: operations["downloadAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/{attachmentId}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A short-lived signed download link
         * @description For whoever may download the file: a URL that downloads it without an access token until it expires (default 300 s, at most 3600 s). The URL carries only its expiry and a signature over the attachment id and expiry, never a token.
         */
        post: operations["createAttachmentLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/{attachmentId}/signed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file through a signed link
         * @description What `createAttachmentLink` returns; no credentials. Same answers as `downloadAttachment` (Range, ETag, safe headers); an expired or altered link is 404.
         */
        get: operations["downloadAttachmentSigned"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open the realtime WebSocket
         * @description Upgrades to a WebSocket that carries your updates live (each with its `pts`), presence and typing.
         *
         *     Authenticate with the access token as a subprotocol: `Sec-WebSocket-Protocol: big.v1, bearer.<accessToken>` (the server answers `big.v1`), or with `Authorization: Bearer <accessToken>`, or as the `token` query parameter (it may end up in proxy logs: prefer the subprotocol).
         *
         *     A missing, expired or revoked token is refused with 401 before the upgrade.
         *
         *     One connection per device (sign-in session): a new one closes the previous one with code 4001.
         *
         *     After connecting, send `sync` with the last pts you have: you receive every update you missed, in order, then `synced`, then live updates.
         *
         *     See the Realtime guide for all frames, limits and close codes.
         */
        get: operations["connectRealtime"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/telegram-proxy/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your sessions
         * @description The sessions made with the calling API key, oldest first. Other keys' sessions never appear.
         */
        get: operations["telegramListSessions"];
        put?: never;
        /**
         * Create a Telegram session
         * @description Makes an empty session (a Durable Object that will hold one Telegram login) owned by the calling API key. Sign it in with send-code and verify-code. No request body.
         */
        post: operations["telegramCreateSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/telegram-proxy/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Session status
         * @description Whether the session has an open MTProto connection and a signed-in account. A signed-in session asks Telegram (`updates.getState`, at most 5 s) whether the login still holds, so a login Telegram dropped shows `authorized: false` and `reloginRequired: true` here; an unreachable Telegram leaves the last known state. A session of another API key answers 404.
         */
        get: operations["telegramSessionStatus"];
        put?: never;
        post?: never;
        /**
         * Log out and delete a session
         * @description Calls `auth.logOut` on Telegram when the session is signed in, then wipes the session's storage (auth key included).
         */
        delete: operations["telegramDeleteSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/telegram-proxy/auth/send-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a login code
         * @description Asks Telegram to send a login code to the number (`auth.sendCode`). On the loopback DC (`npm start`), numbers 99966XYYYY get the code X repeated five times.
         */
        post: operations["telegramSendCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/telegram-proxy/auth/verify-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with the login code
         * @description Signs the session in (`auth.signIn`). Accounts with two-step verification answer `passwordRequired: true`: finish with `POST /auth/password`. A wrong code is 400 `PHONE_CODE_INVALID`, an expired one 400 `PHONE_CODE_EXPIRED`.
         */
        post: operations["telegramVerifyCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/telegram-proxy/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish sign-in with the 2FA password
         * @description Proves the two-step-verification password with SRP (`account.getPassword` + `auth.checkPassword`); the password itself is never sent to Telegram. A wrong password is 400 `PASSWORD_HASH_INVALID`.
         */
        post: operations["telegramCheckPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/telegram-proxy/dialogs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the session's chats
         * @description The account's dialogs (`messages.getDialogs`): private chats, groups, supergroups and channels, most recent activity first, each with the `chatId` poll and send take, its title, unread count and last message. Pass `nextCursor` back as `cursor` for the next page. The session comes from the `X-Session-ID` header.
         */
        get: operations["telegramListDialogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/telegram-proxy/messages/poll/{chatId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a chat's messages
         * @description A page of the chat's history (`messages.getHistory`): a private chat, group, supergroup or channel, newest first. Pass `nextCursor` back as `cursor` for older messages (a message id, as the seed's clients pass, works too). The session comes from the `X-Session-ID` header.
         */
        get: operations["telegramPollMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/telegram-proxy/messages/send/{chatId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a text message
         * @description Sends a text message to a private chat, group, supergroup or channel (`messages.sendMessage`; a broadcast channel takes posts from its admins only: 403 `CHAT_WRITE_FORBIDDEN`). With `clientMessageId`, a repeated call within 24 hours returns the first message instead of sending twice (the same id with another chat or text: 409 `CLIENT_MESSAGE_ID_REUSED`). The session comes from the `X-Session-ID` header.
         */
        post: operations["telegramSendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/telegram-proxy/sessions/{sessionId}/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The session's webhook
         * @description The subscribed URL and whether it is failing (the secret is never shown), or `webhook: null`.
         */
        get: operations["telegramGetWebhook"];
        /**
         * Subscribe a webhook to the session's updates
         * @description From now on each new, edited or deleted message of the signed-in account is POSTed to `url` as a `TelegramUpdateEvent`, signed with `X-Signature: sha256=<hex HMAC-SHA256(secret, body)>`. A failed post is retried with backoff; after `WEBHOOK_MAX_ATTEMPTS` failures the webhook is marked failing and gets nothing more until it is PUT again. While subscribed, the session keeps its MTProto connection open and catches up after a reconnect with `updates.getDifference` (private chats and basic groups) and `updates.getChannelDifference` (each supergroup and channel, from its own pts). Production takes https URLs only.
         */
        put: operations["telegramPutWebhook"];
        post?: never;
        /**
         * Unsubscribe the webhook
         * @description No more posts. With no WebSocket open either, the session goes back to closing its idle connection.
         */
        delete: operations["telegramDeleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/telegram-proxy/updates/ws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream the session's updates over a WebSocket
         * @description Upgrades to a WebSocket on which the session sends each new, edited or deleted message as a `TelegramUpdateEvent` (JSON text frames) as it arrives. The server sends; anything the client sends is ignored.
         *
         *     Authenticate with the API key (`Authorization: Bearer <key>`, or the subprotocol `bearer.<key>`, or the `token` query parameter) and name the session with `X-Session-ID` or the `sessionId` query parameter. The session must be signed in.
         *
         *     While a socket (or a webhook) is subscribed the session keeps its MTProto connection open; updates missed during a reconnect are caught up with `updates.getDifference` and, per supergroup and channel, `updates.getChannelDifference`. Delivery is at least once: deduplicate by the event's `id`. The frames are described in the AsyncAPI document (channel `telegramUpdates`).
         */
        get: operations["telegramUpdatesSocket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chats/assistant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open your dialog with the assistant
         * @description Returns your dialog with the built-in assistant (member `usr_assistant`), creating it the first time. It is a dialog like any other: the chat list, message routes, history, read markers, update log and realtime socket all apply. Each message you send starts one turn: the assistant's reply is created at once with `ai.state = "streaming"`, its text arrives as `aiDelta` frames on the WebSocket and is saved every few hundred ms, and a `messageEdited` update carries the final text. 503 `AI_NOT_CONFIGURED` when no AI provider is configured.
         */
        post: operations["openAssistantChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chats/{chatId}/messages/{seq}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop the assistant's reply
         * @description Stops a streaming reply of the assistant. The text it had so far stays, with `ai.state = "cancelled"`; members get `messageEdited`. 409 `AI_REPLY_NOT_STREAMING` once the reply has ended; 404 for a message that is not the assistant's, or for non-members.
         */
        post: operations["cancelAssistantReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/push": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your devices that get push
         * @description The push targets of your live sessions, and your push settings.
         */
        get: operations["listPushTargets"];
        /**
         * Register this device for push
         * @description Sets the push target of the session making the call (one per session: a second call replaces it). A token or endpoint registered by another session (yours or another user's) moves to this one. Signing the session out, or revoking it, removes its target. A kind whose provider this deployment has no credentials for answers 503 `PUSH_NOT_CONFIGURED`.
         */
        put: operations["putPushTarget"];
        post?: never;
        /**
         * Stop push to this device
         * @description Removes the calling session's push target. 404 when it has none.
         */
        delete: operations["deletePushTarget"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/push/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change your push settings
         * @description With `hidePreviews`, every push to every one of your devices says only "New message".
         */
        patch: operations["updatePushSettings"];
        trace?: never;
    };
    "/api/v1/push/vapid-public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Web Push application server key
         * @description The VAPID public key (base64url, uncompressed P-256 point) to pass as `applicationServerKey` to `pushManager.subscribe()`. 503 `PUSH_NOT_CONFIGURED` when this deployment has no VAPID keys.
         */
        get: operations["getVapidPublicKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/ice-servers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * ICE servers for a call
         * @description STUN servers and short-lived TURN credentials (coturn's REST shared-secret scheme, or Cloudflare Realtime TURN), to pass as RTCPeerConnection's `iceServers`. Fetch them before each call: the credentials expire after `ttlSeconds`.
         */
        get: operations["getIceServers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chats/{chatId}/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call a dialog or group
         * @description Starts a call in a chat you are a member of, with this device (sign-in session) in it: every device of every other member gets an `incomingCall` frame on the realtime socket, and answers with `callJoin`. Devices ring for `CALL_RING_TIMEOUT_SECONDS` (45 s); unanswered, the call ends as `missed`.
         *
         *     A chat has one call at a time: while one is live, this answers it (200) instead of starting another. That is also how glare resolves: when both sides of a dialog call each other at once, one call results and the second caller is in it.
         *
         *     A callee who is in another call is `busy` (a dialog call then ends as busy); if you are in another call yourself, 409 `BUSY`.
         *
         *     A dialog partner who blocked you does not ring: 403 `BLOCKED`.
         *
         *     Up to `meshLimit` devices send their media to each other (mesh); a device joining past that moves the call to Cloudflare Realtime SFU (`mode: "sfu"`), or is refused with 409 `CALL_FULL` when the gateway has no SFU.
         */
        post: operations["startCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{callId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A call
         * @description The call as you see it: its state, who is in it and who is still ringing. For a device that connects while a call rings, or after it missed frames. Only the chat members the call was for can read it (404 for anyone else).
         */
        get: operations["getCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{callId}/sfu/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish your media to the call's SFU
         * @description Sends this device's SDP offer to Cloudflare Realtime SFU (making the device's SFU session on first use) and publishes the named transceivers as tracks; answers with the SFU's SDP answer. Everyone in the call then gets a `callState` whose `tracks` lists them, and pulls them with POST /calls/{callId}/sfu/tracks. Call again to publish more tracks.
         *
         *     Only for a device that is in the call (404 otherwise), in SFU mode (409 `CALL_NOT_SFU` in a mesh call). 503 `SFU_UNAVAILABLE` when the SFU cannot be reached; 400 `SFU_REFUSED` when it refuses the SDP.
         */
        post: operations["publishCallTracks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{callId}/sfu/tracks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pull other devices' tracks from the call's SFU
         * @description Adds tracks other devices in the call publish (`Call.tracks`) to this device's SFU connection; answers with the SFU's offer to answer through PUT /calls/{callId}/sfu/renegotiate. 404 `CALL_TRACK_NOT_FOUND` for a track the call does not list.
         *
         *     Only for a device that is in the call (404 otherwise), in SFU mode (409 `CALL_NOT_SFU` in a mesh call). 503 `SFU_UNAVAILABLE` when the SFU cannot be reached; 400 `SFU_REFUSED` when it refuses the SDP.
         */
        post: operations["pullCallTracks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{callId}/sfu/renegotiate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Answer the SFU's offer
         * @description Sends this device's SDP answer to the offer the SFU made when it pulled tracks. 409 `SFU_NO_SESSION` before the device has published or pulled anything.
         *
         *     Only for a device that is in the call (404 otherwise), in SFU mode (409 `CALL_NOT_SFU` in a mesh call). 503 `SFU_UNAVAILABLE` when the SFU cannot be reached; 400 `SFU_REFUSED` when it refuses the SDP.
         */
        put: operations["renegotiateCallMedia"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{callId}/sfu/tracks/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Close tracks in your SFU connection
         * @description Closes transceivers of this device's SFU connection: a published track disappears from `Call.tracks` (everyone gets a `callState`), a pulled one stops arriving. 409 `SFU_NO_SESSION` before the device has published or pulled anything.
         *
         *     Only for a device that is in the call (404 otherwise), in SFU mode (409 `CALL_NOT_SFU` in a mesh call). 503 `SFU_UNAVAILABLE` when the SFU cannot be reached; 400 `SFU_REFUSED` when it refuses the SDP.
         */
        put: operations["closeCallTracks"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/privacy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your privacy settings */
        get: operations["getPrivacy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change who may add you to groups and who sees your presence */
        patch: operations["updatePrivacy"];
        trace?: never;
    };
    "/api/v1/me/blocked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The users you blocked */
        get: operations["listBlockedUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/blocked/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Block a user
         * @description Idempotent. A blocked user cannot send you messages in your dialog (403 `BLOCKED`), add or invite you to groups (silently: they are not told), call you, or see your presence; you no longer see theirs. In a group you share, what they write is not delivered to you (no update, no push, not unread) and is left out of your history, search and unread counts; the other members still see it. Unblocking delivers what they write next and shows the rest in your history again. 404 for an unknown user, 400 for yourself.
         */
        put: operations["blockUser"];
        post?: never;
        /**
         * Unblock a user
         * @description Idempotent: unblocking someone not blocked answers the same.
         */
        delete: operations["unblockUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/group-invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Group invitations waiting for your answer
         * @description Made when someone your `addToGroups` setting does not admit puts you in a group. They expire after 7 days.
         */
        get: operations["listGroupInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/group-invitations/{invitationId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join the group you were invited to
         * @description You become a member if the inviter may still add members (else 404 `INVITATION_EXPIRED`, and the invitation is gone).
         */
        post: operations["acceptGroupInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/group-invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Decline a group invitation */
        delete: operations["declineGroupInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chats/{chatId}/messages/{seq}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a message for moderation
         * @description Stores a copy of the message as you see it for the moderators. Reporting the same message again answers the first report. Rate-limited per user (429 + `Retry-After`); 404 for chats you are not in and messages you cannot see.
         */
        post: operations["reportMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chats/{chatId}/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search a chat's messages
         * @description Full-text search (SQLite FTS5 in the chat's object) over the messages you can see: messages deleted for everyone or by you are never found. Ranked by BM25 (or newest first with `order=recent`), paged by `offset` (at most 1000), each hit with the ranges of its matched words. Accents and case are ignored. Members only (404 otherwise).
         */
        get: operations["searchChat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search your chats
         * @description Asks the first 20 chats of your chat list (pinned, then latest activity) in parallel, up to 10 hits each, and merges them (by BM25 score, or newest first). `moreChats` says whether chats were left out; search one of those with `GET /chats/{chatId}/search`.
         */
        get: operations["searchAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chats/{chatId}/pinned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The chat's pinned messages
         * @description Pinned messages you can see (one deleted for you is left out; one deleted for everyone is unpinned).
         */
        get: operations["listPinned"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chats/{chatId}/pinned/{seq}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Pin a message
         * @description Dialogs: either member. Groups: the owner and admins (403 otherwise). At most 50 per chat (409 PIN_LIMIT_REACHED). A repeat changes nothing. Members get `chatUpdated` with `pinnedMessage`.
         */
        put: operations["pinMessage"];
        post?: never;
        /**
         * Unpin a message
         * @description Who may pin may unpin. Unpinning a message that is not pinned changes nothing.
         */
        delete: operations["unpinMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chats/{chatId}/scheduled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your scheduled messages in a chat
         * @description Messages you scheduled with `sendAt` that have not been sent yet. Nobody else sees them until they are sent.
         */
        get: operations["listScheduled"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chats/{chatId}/scheduled/{scheduledId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel a scheduled message
         * @description It will not be sent. 404 once it was sent or if it is not yours.
         */
        delete: operations["cancelScheduled"];
        options?: never;
        head?: never;
        /**
         * Change a scheduled message
         * @description New text and/or a new time. 404 once it was sent (it is a message then) or if it is not yours.
         */
        patch: operations["editScheduled"];
        trace?: never;
    };
    "/api/v1/chats/{chatId}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Save (or clear) your draft for a chat
         * @description One draft per chat, yours only. Your other devices get a `draftUpdated` update (with `draft: null` when cleared). Sending a message does not clear it: clear it when you send.
         */
        put: operations["saveDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your drafts
         * @description Every chat you have a draft in, for a device that starts fresh; afterwards `draftUpdated` keeps it current.
         */
        get: operations["listDrafts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Export your data
         * @description Builds a JSON archive in the background: your profile, contacts, chats (with members) and every message you can see, with the list of attachment ids they reference. Answers 202 with the export; poll `GET /me/export/{exportId}` until `status` is `ready`, then download. While one is building, asking again answers that one (200).
         */
        post: operations["requestExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/export/{exportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An export's status and link */
        get: operations["getExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/export/{exportId}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an export
         * @description The archive as a JSON file (a download, never shown inline). 404 until it is ready, and after it expired.
         */
        get: operations["downloadExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys with their usage
         * @description Every key (revoked ones too), oldest first, with its usage: sessions held and calls made today (UTC). Keys themselves are never shown again.
         */
        get: operations["adminListApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Makes a Telegram-proxy API key and answers it once (`key`); only its hash is stored. Needs the operator token (`ADMIN_TOKEN`).
         */
        post: operations["adminCreateApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One API key with its usage */
        get: operations["adminGetApiKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description The key stops working at once (its calls answer 401 `INVALID_API_KEY`). Revoking a revoked key answers the first revocation's time.
         */
        delete: operations["adminRevokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    telegramUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A live update of a subscribed session
         * @description What `PUT /sessions/{sessionId}/webhook` subscribes your URL to: one event per POST. Check `X-Signature` (`sha256=` + hex HMAC-SHA256 of the raw body with your secret) before trusting it; `X-Delivery-Id` is `<sessionId>:<seq>`, the same for a retried post; `X-Update-Id` is the event's `id`, the same for every delivery of one Telegram update (a retry, or a replay after the session restarted): delivery is at least once, so deduplicate by it. Answer 2xx within 10 s, or the post is retried.
         */
        post: operations["telegramUpdateWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
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
        ProxyHealth: {
            /** @enum {string} */
            status: "ok";
            /**
             * Format: date-time
             * @example 2026-11-21T10:00:00.000Z
             */
            timestamp: string;
        };
        Health: {
            /** @enum {string} */
            status: "ok" | "degraded";
            /** @example 0.1.0 */
            version: string;
            /** @example 3f2c1ab */
            commit: string | null;
            /** @example development */
            environment: string;
            /** Format: date-time */
            timestamp: string;
            /**
             * Format: date-time
             * @description When the binding checks ran: one round answers for up to 5 s (the route is public)
             * @example 2026-11-21T09:59:58.000Z
             */
            checkedAt: string;
            /**
             * @example {
             *       "d1": {
             *         "ok": true,
             *         "latencyMs": 1
             *       },
             *       "kv": {
             *         "ok": true,
             *         "latencyMs": 1
             *       },
             *       "r2": {
             *         "ok": true,
             *         "latencyMs": 2
             *       },
             *       "queue": {
             *         "ok": true,
             *         "latencyMs": 1
             *       },
             *       "outboxDeadLetters": {
             *         "ok": true,
             *         "latencyMs": 1,
             *         "count": 0
             *       },
             *       "pushDeadLetters": {
             *         "ok": true,
             *         "latencyMs": 1,
             *         "count": 0
             *       }
             *     }
             */
            checks: {
                [key: string]: {
                    ok: boolean;
                    /** @example 2 */
                    latencyMs: number;
                    /** @example binding CACHE is not configured */
                    error?: string;
                    /**
                     * @description For checks that count something: `outboxDeadLetters` is how many outbox rows the chats gave up on, `pushDeadLetters` how many pushes went to the dead-letter queue (both reported, not failed)
                     * @example 0
                     */
                    count?: number;
                };
            };
        };
        ErrorEnvelope: {
            /** @enum {boolean} */
            success: false;
            error: {
                /** @example VALIDATION_FAILED */
                code: string;
                /** @example Request validation failed */
                message: string;
                details?: unknown;
                /** @description Present on 5xx answers; quote it when reporting a problem. */
                requestId?: string;
            };
        };
        SendCodeResult: {
            /**
             * @description The number, normalised to E.164
             * @example +12015550123
             */
            phone: string;
            /**
             * @description Seconds the code stays valid
             * @example 300
             */
            expiresIn: number;
            /**
             * @description Seconds before another code can be sent
             * @example 60
             */
            resendAfter: number;
        };
        SendCodeRequest: {
            /**
             * @description International format (starting with +); spaces, dashes and brackets are fine.
             * @example +12015550123
             */
            phone: string;
        };
        SignInResult: {
            /**
             * @description A JWT for `Authorization: Bearer …` on every other `/api/v1` call
             * @example eyJhbGciOiJIUzI1NiIsImtpZCI6IjNmMmMxYWIiLCJ0eXAiOiJKV1QifQ.e30.sig
             */
            accessToken: string;
            /**
             * @description Seconds
             * @example 900
             */
            accessTokenExpiresIn: number;
            /**
             * @description Opaque; works once with `POST /auth/refresh`. Keep it secret.
             * @example rt_Qm9vbGVhbnMgYXJlIG5vdCB0b2tlbnMgYnV0IHRoaXMgaXM
             */
            refreshToken: string;
            /** @example ses_5b2c9e0a1f3d4c6b7a80 */
            sessionId: string;
            user: components["schemas"]["Me"];
            isNewUser: boolean;
        };
        Me: {
            /** @example usr_3f9a0c1d2e4b5a6978c0 */
            id: string;
            /**
             * @description E.164
             * @example +12015550123
             */
            phone: string;
            /** @example Ada */
            firstName: string;
            /** @example Lovelace */
            lastName: string;
            /** @example ada_l */
            username: string | null;
            /** @example Analytical engines */
            bio: string;
            /**
             * Format: date-time
             * @example 2026-11-21T10:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-21T10:00:00.000Z
             */
            updatedAt: string;
        };
        VerifyCodeRequest: {
            /**
             * @description International format (starting with +); spaces, dashes and brackets are fine.
             * @example +12015550123
             */
            phone: string;
            /** @example 123456 */
            code: string;
            device: components["schemas"]["Device"];
        };
        Device: {
            /** @example Ada's iPhone */
            name: string;
            /**
             * @example ios
             * @enum {string}
             */
            platform: "ios" | "android" | "web" | "macos" | "windows" | "linux" | "other";
        };
        TokenPair: {
            /**
             * @description A JWT for `Authorization: Bearer …` on every other `/api/v1` call
             * @example eyJhbGciOiJIUzI1NiIsImtpZCI6IjNmMmMxYWIiLCJ0eXAiOiJKV1QifQ.e30.sig
             */
            accessToken: string;
            /**
             * @description Seconds
             * @example 900
             */
            accessTokenExpiresIn: number;
            /**
             * @description Opaque; works once with `POST /auth/refresh`. Keep it secret.
             * @example rt_Qm9vbGVhbnMgYXJlIG5vdCB0b2tlbnMgYnV0IHRoaXMgaXM
             */
            refreshToken: string;
            /** @example ses_5b2c9e0a1f3d4c6b7a80 */
            sessionId: string;
        };
        RefreshRequest: {
            /** @example rt_Qm9vbGVhbnMgYXJlIG5vdCB0b2tlbnMgYnV0IHRoaXMgaXM */
            refreshToken: string;
        };
        UpdateMe: {
            /** @example Ada */
            firstName?: string;
            /** @example Lovelace */
            lastName?: string;
            /**
             * @description Unique, compared case-insensitively; null removes it.
             * @example ada_l
             */
            username?: string | null;
            /** @example Analytical engines */
            bio?: string;
        };
        Session: {
            /** @example ses_5b2c9e0a1f3d4c6b7a80 */
            id: string;
            /** @example Ada's iPhone */
            deviceName: string;
            /** @example ios */
            platform: string;
            /**
             * Format: date-time
             * @example 2026-11-21T10:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-21T10:05:00.000Z
             */
            lastUsedAt: string;
            /** @description The session the calling access token belongs to */
            current: boolean;
        };
        UserProfile: components["schemas"]["PublicUser"] & {
            /** @description Connected on at least one device (or left less than ~10 s ago) */
            online: boolean;
            /**
             * @description When they were last online (unix ms): now while online, null if never connected
             * @example 1763719200000
             */
            lastSeen: number | null;
        };
        PublicUser: {
            /** @example usr_3f9a0c1d2e4b5a6978c0 */
            id: string;
            /** @example Ada */
            firstName: string;
            /** @example Lovelace */
            lastName: string;
            /** @example ada_l */
            username: string | null;
            /** @example Analytical engines */
            bio: string;
            /**
             * @description Only when the caller has this number in their phone book (or it is the caller); otherwise null.
             * @example +12015550123
             */
            phone: string | null;
        };
        ImportContactsResult: {
            imported: components["schemas"]["Contact"][];
            /** @description Entries that were not stored; the rest were */
            invalid: {
                /**
                 * @description Position in the request's `contacts`
                 * @example 3
                 */
                index: number;
                /** @example 12345 */
                phone: string;
                /** @example INVALID_PHONE */
                reason: string;
            }[];
        };
        Contact: {
            /**
             * @description E.164
             * @example +442079460958
             */
            phone: string;
            /** @example Charles */
            firstName: string;
            /** @example Babbage */
            lastName: string;
            /** @description Whether this number has a BIG Messenger account */
            registered: boolean;
            /** @example usr_3f9a0c1d2e4b5a6978c0 */
            userId: string | null;
        };
        ImportContactsRequest: {
            /**
             * @example [
             *       {
             *         "phone": "+44 20 7946 0958",
             *         "firstName": "Charles",
             *         "lastName": "Babbage"
             *       }
             *     ]
             */
            contacts: components["schemas"]["ContactInput"][];
        };
        ContactInput: {
            /** @example +44 20 7946 0958 */
            phone: string;
            /** @example Charles */
            firstName: string;
            /**
             * @default
             * @example Babbage
             */
            lastName: string;
        };
        ChatList: {
            chats: components["schemas"]["ChatListItem"][];
            /** @description Pass as `cursor` for the next page; null at the end */
            nextCursor: string | null;
        };
        ChatListItem: {
            /** @example grp_4b1d6f0e9a2c4e7f8d3b5a6c7e8f9012 */
            chatId: string;
            /**
             * @example group
             * @enum {string}
             */
            kind: "dialog" | "group";
            /** @example Weekend trip */
            title: string | null;
            /** @example usr_7f3a9c2e1b */
            peerId: string | null;
            lastMessage: components["schemas"]["MessagePreview"];
            /** @example 1795000000000 */
            lastActivityAt: number;
            lastSeq: number;
            /** @description Your read marker */
            readSeq: number;
            unreadCount: number;
            /** @description Muted now (false once mutedUntil has passed) */
            muted: boolean;
            /** @example 1795000000000 */
            mutedUntil: number | null;
            pinned: boolean;
        };
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
        ChatDetails: {
            chat: components["schemas"]["ChatInfo"];
            /**
             * @example member
             * @enum {string}
             */
            myRole: "owner" | "admin" | "member";
            /** @example 120 */
            lastSeq: number;
            /**
             * @description Your read marker
             * @example 118
             */
            readSeq: number;
            /**
             * @description Your delivered marker
             * @example 120
             */
            deliveredSeq: number;
            /** @example 2 */
            unreadCount: number;
            /** @description Every member (a dialog has two, Saved messages one) */
            members: components["schemas"]["Member"][];
        };
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
        Member: {
            /** @example usr_7f3a9c2e1b */
            userId: string;
            /**
             * @example member
             * @enum {string}
             */
            role: "owner" | "admin" | "member";
            /** @example 1795000000000 */
            joinedAt: number;
        };
        /**
         * @example {
         *       "userId": "usr_7f3a9c2e1b"
         *     }
         */
        OpenDialogRequest: {
            /**
             * @description The other person; your own id opens Saved messages
             * @example usr_7f3a9c2e1b
             */
            userId: string;
        };
        /**
         * @example {
         *       "muted": true,
         *       "mutedUntil": 1795000000000
         *     }
         */
        ChatSettingsRequest: {
            muted?: boolean;
            /**
             * @description Unix ms; implies muted. null: no end
             * @example 1795000000000
             */
            mutedUntil?: number | null;
            pinned?: boolean;
        };
        GroupChange: {
            chat: components["schemas"]["ChatInfo"];
            /**
             * @example member
             * @enum {string}
             */
            myRole: "owner" | "admin" | "member";
            /** @example 120 */
            lastSeq: number;
            /**
             * @description Your read marker
             * @example 118
             */
            readSeq: number;
            /**
             * @description Your delivered marker
             * @example 120
             */
            deliveredSeq: number;
            /** @example 2 */
            unreadCount: number;
            /** @description Every member (a dialog has two, Saved messages one) */
            members: components["schemas"]["Member"][];
            /** @description Users who were not added but invited, since their `addToGroups` setting does not admit you; they join if they accept */
            invitedUserIds: string[];
        };
        /**
         * @example {
         *       "title": "Weekend trip",
         *       "memberIds": [
         *         "usr_7f3a9c2e1b",
         *         "usr_0c4d2a9b7e"
         *       ]
         *     }
         */
        CreateGroupRequest: {
            /** @example Weekend trip */
            title: string;
            /** @description Other members; you are added as the owner */
            memberIds?: string[];
        };
        /**
         * @example {
         *       "title": "Weekend trip (Sat)",
         *       "about": "Planning the hike"
         *     }
         */
        UpdateGroupRequest: {
            /** @example Weekend trip */
            title?: string;
            /** @example Planning the hike */
            about?: string;
        };
        /**
         * @example {
         *       "userIds": [
         *         "usr_5e8f1a2b3c"
         *       ]
         *     }
         */
        AddMembersRequest: {
            userIds: string[];
        };
        RemovedMember: {
            chatId: string;
            /** @example usr_7f3a9c2e1b */
            userId: string;
            /** @description true when you left */
            left: boolean;
        };
        /**
         * @example {
         *       "role": "admin"
         *     }
         */
        SetRoleRequest: {
            /**
             * @description The owner is not assignable here
             * @enum {string}
             */
            role: "admin" | "member";
        };
        MessagePage: {
            /** @description Oldest first */
            messages: components["schemas"]["Message"][];
            hasOlder: boolean;
            hasNewer: boolean;
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
        ScheduledMessage: {
            /** @example sch_5e0c1f9a2b3d4c6e7f8a9b0c */
            id: string;
            /** @example grp_4b1d6f0e9a2c4e7f8d3b5a6c7e8f9012 */
            chatId: string;
            clientMessageId: string;
            text: string;
            replyToSeq: number | null;
            attachmentIds: string[];
            /** @example 1795000000000 */
            sendAt: number;
            /** @example 1795000000000 */
            createdAt: number;
            /** @example 1795000000000 */
            updatedAt: number;
        };
        /**
         * @example {
         *       "clientMessageId": "3f1c9a7e-0b2d-4c51-9e8f-6a7b8c9d0e1f",
         *       "text": "See you at 8?"
         *     }
         */
        SendMessageRequest: {
            /**
             * @description Chosen by the client, unique per sender: a repeat returns the original message
             * @example 3f1c9a7e-0b2d-4c51-9e8f-6a7b8c9d0e1f
             */
            clientMessageId: string;
            /** @example See you at 8? */
            text?: string;
            /** @example 42 */
            replyToSeq?: number;
            /** @description Forward this message (you must be able to read it); its original author is kept */
            forward?: {
                /** @example grp_4b1d6f0e9a2c4e7f8d3b5a6c7e8f9012 */
                chatId: string;
                /** @example 42 */
                seq: number;
            };
            /** @description Ids of ready attachments (POST /api/v1/attachments) that you uploaded, or that are in a message you can read */
            attachmentIds?: string[];
            /**
             * @description Send later: unix ms in the future (at most a year ahead). The message is scheduled (202) and gets its seq when it is sent
             * @example 1795000000000
             */
            sendAt?: number;
        };
        /**
         * @example {
         *       "text": "See you at 9?"
         *     }
         */
        EditMessageRequest: {
            /** @example See you at 9? */
            text: string;
        };
        DeletedMessage: {
            /** @example 42 */
            seq: number;
            forEveryone: boolean;
        };
        ReadState: {
            /** @description Your read marker (never moves back) */
            readSeq: number;
            unreadCount: number;
        };
        /**
         * @example {
         *       "upToSeq": 120
         *     }
         */
        ReadRequest: {
            /** @example 120 */
            upToSeq: number;
        };
        UpdatesPage: {
            /** @enum {boolean} */
            tooLong: false;
            /** @description In pts order */
            updates: components["schemas"]["Update"][];
            /** @description Pass as `since` next time */
            pts: number;
            /** @description More updates follow: ask again right away */
            hasMore: boolean;
        } | {
            /** @enum {boolean} */
            tooLong: true;
            /** @description The current pts: refetch your chats, then continue from here */
            pts: number;
        };
        Update: components["schemas"]["NewMessageUpdate"] | components["schemas"]["MessageEditedUpdate"] | components["schemas"]["MessageDeletedUpdate"] | components["schemas"]["ReactionUpdate"] | components["schemas"]["ReadUpdate"] | components["schemas"]["DeliveredUpdate"] | components["schemas"]["ChatUpdatedUpdate"] | components["schemas"]["MemberAddedUpdate"] | components["schemas"]["MemberRemovedUpdate"] | components["schemas"]["DraftUpdatedUpdate"];
        NewMessageUpdate: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
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
        MessageEditedUpdate: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
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
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
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
            lastMessage: components["schemas"]["MessagePreview"] & unknown;
        };
        ReactionUpdate: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
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
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
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
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
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
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
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
            chat?: components["schemas"]["ChatInfo"] & unknown;
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
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
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
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
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
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
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
        Ack: {
            /** @description Everything up to this pts is acknowledged */
            pts: number;
        };
        /**
         * @example {
         *       "pts": 42
         *     }
         */
        AckRequest: {
            /**
             * @description The last pts your device has
             * @example 42
             */
            pts: number;
        };
        UploadState: {
            /** @example att_9b8c7d6e5f4a40c1a2b3c4d5e6f70812 */
            id: string;
            size: number;
            /** @example 5242880 */
            partSize: number;
            /** @example 140 */
            partCount: number;
            /**
             * @description Part numbers stored so far
             * @example [
             *       1,
             *       2,
             *       3
             *     ]
             */
            receivedParts: number[];
        };
        CreateUploadRequest: {
            /** @example holiday.mp4 */
            name: string;
            /**
             * @description What you say the file is
             * @example video/mp4
             */
            mimeType: string;
            /**
             * @description The whole file's size in bytes
             * @example 734003200
             */
            size: number;
        };
        PresignedUpload: {
            /** @example att_9b8c7d6e5f4a40c1a2b3c4d5e6f70812 */
            id: string;
            /** @enum {string} */
            method: "PUT";
            /**
             * @description Send the file's bytes here, with exactly `headers`; no access token
             * @example https://ACCOUNT.r2.cloudflarestorage.com/big-gateway-attachments/att_9b8c…?X-Amz-Algorithm=AWS4-HMAC-SHA256&…
             */
            url: string;
            /**
             * @description Headers the signature covers: send each with this value (`if-none-match: *` keeps the URL from overwriting a file already there)
             * @example {
             *       "content-length": "73400320",
             *       "if-none-match": "*"
             *     }
             */
            headers: {
                [key: string]: string;
            };
            /**
             * @description Unix ms: start the PUT before
             * @example 1795000900000
             */
            expiresAt: number;
        };
        CreatePresignedUploadRequest: {
            /** @example holiday.mp4 */
            name: string;
            /**
             * @description What you say the file is
             * @example video/mp4
             */
            mimeType: string;
            /**
             * @description The file's exact size in bytes (signed into the URL)
             * @example 73400320
             */
            size: number;
            /**
             * @description The file's SHA-256 (hex), if you know it: completing checks it
             * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
             */
            sha256?: string;
        };
        AttachmentLink: {
            /**
             * @description Works without a token until `expiresAt`, e.g. as an `<img src>`
             * @example https://api.iambig.ai/api/v1/attachments/att_9b8c7d6e5f4a40c1a2b3c4d5e6f70812/signed?expires=1795000300&signature=…
             */
            url: string;
            /**
             * @description Unix ms
             * @example 1795000300000
             */
            expiresAt: number;
        };
        AttachmentLinkRequest: {
            /**
             * @default 300
             * @example 300
             */
            expiresInSeconds: number;
        };
        TelegramCreatedSession: {
            /**
             * Format: uuid
             * @description A session made by `POST /api/telegram-proxy/sessions`
             * @example 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f
             */
            sessionId: string;
        };
        TelegramSessionList: {
            sessions: components["schemas"]["TelegramSessionSummary"][];
        };
        TelegramSessionSummary: {
            /**
             * Format: uuid
             * @description A session made by `POST /api/telegram-proxy/sessions`
             * @example 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f
             */
            sessionId: string;
            /**
             * Format: date-time
             * @example 2026-11-21T10:00:00.000Z
             */
            createdAt: string;
        };
        TelegramSessionStatus: {
            /**
             * Format: uuid
             * @description A session made by `POST /api/telegram-proxy/sessions`
             * @example 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f
             */
            sessionId: string;
            /**
             * @description An MTProto connection is open right now
             * @example true
             */
            connected: boolean;
            /**
             * @description Signed in to a Telegram account (checked with Telegram when the session was signed in)
             * @example true
             */
            authorized: boolean;
            /**
             * @description Telegram signed this session out (see signedOutReason): sign in again with send-code
             * @example false
             */
            reloginRequired: boolean;
            /**
             * @description Telegram's reason, when it signed the session out: AUTH_KEY_UNREGISTERED (logged out elsewhere, or the DC forgot the key), AUTH_KEY_INVALID, AUTH_KEY_DUPLICATED (the session was used from two places), SESSION_REVOKED
             * @example null
             */
            signedOutReason: string | null;
            /**
             * Format: date-time
             * @example 2026-11-21T10:05:00.000Z
             */
            lastActivity: string | null;
            /**
             * @description Telegram user id
             * @example 5000001
             */
            userId: string | null;
            /** @example test9996621234 */
            username: string | null;
        };
        TelegramDeletedSession: {
            /**
             * Format: uuid
             * @description A session made by `POST /api/telegram-proxy/sessions`
             * @example 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f
             */
            sessionId: string;
            /**
             * @description auth.logOut reached Telegram
             * @example true
             */
            loggedOut: boolean;
        };
        TelegramSentCode: {
            /** @example 5c9a1f0e2b7d4a6c38 */
            phoneCodeHash: string;
            /**
             * @description The code went to the user's Telegram apps, not SMS
             * @example true
             */
            isCodeViaApp: boolean;
            /**
             * @description Seconds before another code may be requested
             * @example 300
             */
            timeout: number | null;
        };
        /**
         * @example {
         *       "sessionId": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
         *       "phoneNumber": "+9996621234"
         *     }
         */
        TelegramSendCodeBody: {
            /**
             * Format: uuid
             * @description A session made by `POST /api/telegram-proxy/sessions`
             * @example 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f
             */
            sessionId: string;
            /** @example +9996621234 */
            phoneNumber: string;
        };
        TelegramVerifyCodeResult: components["schemas"]["TelegramSignedIn"] | components["schemas"]["TelegramPasswordRequired"];
        TelegramSignedIn: components["schemas"]["TelegramAccount"] & {
            /** @enum {boolean} */
            authorized: true;
            /** @enum {boolean} */
            passwordRequired: false;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            authorized: "TelegramSignedIn";
        };
        TelegramAccount: {
            /** @example 5000001 */
            userId: string;
            /** @example Test */
            firstName: string;
            /** @example User 1234 */
            lastName: string | null;
            /** @example test9996621234 */
            username: string | null;
        };
        TelegramPasswordRequired: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            authorized: "TelegramPasswordRequired";
            /** @enum {boolean} */
            passwordRequired: true;
            /** @example the loopback 2FA password */
            passwordHint: string | null;
        };
        /**
         * @example {
         *       "sessionId": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
         *       "phoneNumber": "+9996621234",
         *       "phoneCodeHash": "5c9a1f0e2b7d4a6c38",
         *       "code": "22222"
         *     }
         */
        TelegramVerifyCodeBody: {
            /**
             * Format: uuid
             * @description A session made by `POST /api/telegram-proxy/sessions`
             * @example 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f
             */
            sessionId: string;
            /** @example +9996621234 */
            phoneNumber: string;
            /** @example 5c9a1f0e2b7d4a6c38 */
            phoneCodeHash: string;
            /** @example 22222 */
            code: string;
        };
        /**
         * @example {
         *       "sessionId": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
         *       "password": "loopback-2fa"
         *     }
         */
        TelegramPasswordBody: {
            /**
             * Format: uuid
             * @description A session made by `POST /api/telegram-proxy/sessions`
             * @example 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f
             */
            sessionId: string;
            /** @example loopback-2fa */
            password: string;
        };
        TelegramDialogPage: {
            /** @description Most recent activity first */
            dialogs: components["schemas"]["TelegramDialog"][];
            /**
             * @description Pass as `cursor` for the next page; null at the end
             * @example ZDoxNzAw
             */
            nextCursor: string | null;
        };
        TelegramDialog: {
            /**
             * @description Use it as `chatId` in poll and send
             * @example -1000002000001
             */
            chatId: string;
            type: components["schemas"]["TelegramDialogType"];
            /**
             * @description The chat's title, or the user's name
             * @example Loopback News
             */
            title: string;
            /** @example loopback_news */
            username: string | null;
            /** @example 2 */
            unreadCount: number;
            /** @description null for a chat with no messages yet */
            lastMessage: components["schemas"]["TelegramMessage"] | null;
        };
        TelegramMessagePage: {
            /** @description Newest first */
            messages: components["schemas"]["TelegramMessage"][];
            /**
             * @description Pass as `cursor` for older messages; null at the end
             * @example bTo0MQ
             */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "message": "Hello from BIG Gateway",
         *       "clientMessageId": "c5f1e7a2-1"
         *     }
         */
        TelegramSendMessageBody: {
            /** @example Hello from BIG Gateway */
            message: string;
            /**
             * @description Your id for this send: repeating it (within 24 h) returns the first message instead of sending again
             * @example c5f1e7a2-1
             */
            clientMessageId?: string;
        };
        TelegramWebhookState: {
            webhook: components["schemas"]["TelegramWebhook"] | null;
        };
        TelegramWebhook: {
            /** @example https://example.com/telegram-updates */
            url: string;
            /**
             * @description A post failed WEBHOOK_MAX_ATTEMPTS times: no more are sent until you PUT the webhook again
             * @example false
             */
            failing: boolean;
        };
        /**
         * @example {
         *       "url": "https://example.com/telegram-updates",
         *       "secret": "a-long-random-secret-0123456789"
         *     }
         */
        TelegramWebhookBody: {
            /**
             * Format: uri
             * @example https://example.com/telegram-updates
             */
            url: string;
            /**
             * @description Signs each post: `X-Signature: sha256=<hex HMAC-SHA256(secret, body)>`. Stored; never shown again
             * @example a-long-random-secret-0123456789
             */
            secret: string;
        };
        PushDevice: {
            /** @example pdv_0f1e2d3c4b5a69788796a5b4c3d2e1f0 */
            id: string;
            /** @enum {string} */
            kind: "apns" | "fcm" | "webpush";
            /** @example ses_5b2c9e0a1f3d4c6b7a80 */
            sessionId: string;
            /** @description The target of the session making this call */
            current: boolean;
            /**
             * @description The kind and the end of the token (or the push service's host)
             * @example apns …a1b2c3d4
             */
            label: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PushTarget: components["schemas"]["ApnsPushTarget"] | components["schemas"]["FcmPushTarget"] | components["schemas"]["WebPushTarget"];
        ApnsPushTarget: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "apns";
            /** @example aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa */
            token: string;
            /**
             * @description The app's bundle id (the `apns-topic`)
             * @example ai.iambig.messenger
             */
            topic: string;
            /**
             * @description A development build: sent through APNs' sandbox
             * @default false
             */
            sandbox: boolean;
            /**
             * @description The app's PushKit token (PKPushRegistry, type voIP): incoming calls then ring through CallKit (`apns-push-type: voip`, topic `<bundle id>.voip`). Without it a call rings as a time-sensitive alert.
             * @example bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
             */
            voipToken?: string;
        };
        FcmPushTarget: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "fcm";
            /** @example fcm-registration-token-0000000000 */
            token: string;
        };
        WebPushTarget: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "webpush";
            /** @description What the browser's `PushSubscription.toJSON()` gives */
            subscription: {
                /**
                 * Format: uri
                 * @example https://push.example.net/sub/abc
                 */
                endpoint: string;
                keys: {
                    /** @example BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM */
                    p256dh: string;
                    /** @example tBHItJI5svbpez7KI4CCXg */
                    auth: string;
                };
                expirationTime?: number | null;
            };
        };
        PushSettings: {
            /** @description Every push says only "New message": no sender, no chat title, no text */
            hidePreviews: boolean;
        };
        IceServers: {
            /** @description Pass as RTCPeerConnection's `iceServers` */
            iceServers: components["schemas"]["IceServer"][];
            /**
             * @description How long the TURN credentials are valid
             * @example 3600
             */
            ttlSeconds: number;
        };
        IceServer: {
            /**
             * @example [
             *       "turn:turn.example.com:3478?transport=udp"
             *     ]
             */
            urls: string[];
            username?: string;
            credential?: string;
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
        /**
         * @example {
         *       "video": true
         *     }
         */
        StartCallRequest: {
            /** @description A video call (true) or a voice call (false) */
            video: boolean;
            /** @description Start in SFU mode (media through Cloudflare Realtime SFU) instead of a peer-to-peer mesh, e.g. for a large group. 409 `SFU_NOT_CONFIGURED` when the gateway has no SFU */
            sfu?: boolean;
        };
        PublishedCallTracks: {
            /** @description The SFU's SDP answer: pass it to setRemoteDescription */
            sdp: string;
            tracks: {
                mid: string;
                trackName: string;
            }[];
        };
        /**
         * @example {
         *       "sdp": "v=0\r\n…",
         *       "tracks": [
         *         {
         *           "mid": "0",
         *           "trackName": "audio-0",
         *           "kind": "audio"
         *         }
         *       ]
         *     }
         */
        PublishCallTracksRequest: {
            /** @description Your SDP offer with the tracks to publish (sendonly transceivers) */
            sdp: string;
            /** @description The transceivers of the offer to publish, by mid, and the names the others pull them by */
            tracks: {
                /** @example 1 */
                mid: string;
                /** @example video-1 */
                trackName: string;
                /** @enum {string} */
                kind: "audio" | "video";
            }[];
        };
        PulledCallTracks: {
            /** @description The SFU's SDP offer with the pulled tracks: setRemoteDescription, createAnswer, and PUT /calls/{callId}/sfu/renegotiate the answer. Null when nothing needs renegotiating */
            offer: string | null;
            tracks: {
                /** @example peer_9a8b7c6d5e4f3a2b1c0d9e8f */
                peerId: string;
                trackName: string;
                /** @description Where the track arrives in your connection (ontrack's transceiver.mid) */
                mid: string | null;
                /** @description Set when the SFU could not pull this track */
                errorCode: string | null;
            }[];
        };
        /**
         * @example {
         *       "tracks": [
         *         {
         *           "peerId": "peer_9a8b7c6d5e4f3a2b1c0d9e8f",
         *           "trackName": "video-1"
         *         }
         *       ]
         *     }
         */
        PullCallTracksRequest: {
            /** @description Tracks of other devices in the call (Call.tracks) */
            tracks: {
                /** @example peer_9a8b7c6d5e4f3a2b1c0d9e8f */
                peerId: string;
                /** @example video-1 */
                trackName: string;
            }[];
        };
        RenegotiatedCallMedia: {
            /** @enum {boolean} */
            renegotiated: true;
        };
        /**
         * @example {
         *       "sdp": "v=0\r\n…"
         *     }
         */
        RenegotiateCallMediaRequest: {
            /** @description Your SDP answer to the SFU's offer */
            sdp: string;
        };
        ClosedCallTracks: {
            /** @description The SFU's answer to your offer, when you sent one */
            answer: string | null;
        };
        /**
         * @example {
         *       "mids": [
         *         "1"
         *       ]
         *     }
         */
        CloseCallTracksRequest: {
            /** @description The transceivers to close (published or pulled) */
            mids: string[];
            /** @description Your SDP offer after stopping them; omitted: the SFU closes them at once (force) and you stop them locally */
            sdp?: string;
        };
        PrivacySettings: {
            /**
             * @description Who may add you to groups. Anyone else sends you an invitation to accept or decline.
             * @example contacts
             * @enum {string}
             */
            addToGroups: "everyone" | "contacts" | "nobody";
            /**
             * @description Who sees whether you are online, when you were last seen and that you are typing. With `nobody` you see no one's either.
             * @example contacts
             * @enum {string}
             */
            presence: "everyone" | "contacts" | "nobody";
        };
        /**
         * @example {
         *       "addToGroups": "contacts",
         *       "presence": "contacts"
         *     }
         */
        PrivacyPatch: {
            /**
             * @example contacts
             * @enum {string}
             */
            addToGroups?: "everyone" | "contacts" | "nobody";
            /**
             * @example contacts
             * @enum {string}
             */
            presence?: "everyone" | "contacts" | "nobody";
        };
        BlockedUser: {
            /** @example usr_7f3a9c2e1b */
            userId: string;
            /**
             * Format: date-time
             * @example 2026-12-01T10:00:00.000Z
             */
            blockedAt: string;
        };
        BlockState: {
            /** @example usr_7f3a9c2e1b */
            userId: string;
            blocked: boolean;
        };
        GroupInvitation: {
            /** @example inv_6c1f0e2d3b4a59687f0e1d2c3b4a5968 */
            id: string;
            /** @example grp_9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d */
            chatId: string;
            /**
             * @description The group's title when you were invited
             * @example Weekend trip
             */
            title: string;
            /** @example usr_7f3a9c2e1b */
            inviterId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
        };
        MessageReport: {
            reportId: string;
        };
        /**
         * @example {
         *       "reason": "spam"
         *     }
         */
        ReportRequest: {
            /** @enum {string} */
            reason: "spam" | "abuse" | "other";
            comment?: string;
        };
        ChatSearchPage: {
            /** @description In the order asked for: best match first (BM25, then newest), or newest first */
            hits: components["schemas"]["SearchHit"][];
            /** @description Pass as `offset` for more; null at the end */
            nextOffset: number | null;
        };
        SearchHit: {
            message: components["schemas"]["Message"];
            matches: components["schemas"]["MatchRange"][];
        };
        /** @description A matched word in `message.text`, in UTF-16 code units (JavaScript string offsets) */
        MatchRange: {
            start: number;
            /** @description Exclusive */
            end: number;
        };
        GlobalSearchResult: {
            /** @description Merged across the chats searched, in the order asked for */
            hits: components["schemas"]["SearchHit"][];
            chatsSearched: number;
            /** @description true when you have more than 20 chats: only the top of your chat list was searched */
            moreChats: boolean;
        };
        PinnedList: {
            /** @description Latest pin first */
            pinned: components["schemas"]["PinnedMessage"][];
        };
        PinnedMessage: {
            message: components["schemas"]["Message"];
            /** @example usr_7f3a9c2e1b */
            pinnedBy: string;
            /** @example 1795000000000 */
            pinnedAt: number;
        };
        ScheduledList: {
            /** @description Yours in this chat, soonest first */
            scheduled: components["schemas"]["ScheduledMessage"][];
        };
        /**
         * @example {
         *       "sendAt": 1795000000000
         *     }
         */
        EditScheduledRequest: {
            text?: string;
            /**
             * @description A new time, in the future
             * @example 1795000000000
             */
            sendAt?: number;
        };
        CancelledScheduled: {
            id: string;
        };
        /** @description `draft` is null when the draft was cleared */
        SavedDraft: {
            draft: components["schemas"]["Draft"] | null;
        };
        Draft: {
            /** @example grp_4b1d6f0e9a2c4e7f8d3b5a6c7e8f9012 */
            chatId: string;
            /** @example Half-written thought */
            text: string;
            replyToSeq: number | null;
            /** @example 1795000000000 */
            updatedAt: number;
        };
        /**
         * @example {
         *       "text": "Half-written thought"
         *     }
         */
        SaveDraftRequest: {
            /** @description Empty (or only spaces) clears the draft */
            text: string;
            /** @example 42 */
            replyToSeq?: number;
        };
        DraftList: {
            /** @description Latest change first */
            drafts: components["schemas"]["Draft"][];
        };
        DataExport: {
            /** @example exp_1f2e3d4c5b6a7980a1b2c3d4 */
            id: string;
            /** @enum {string} */
            status: "building" | "ready" | "failed";
            /** @example 1795000000000 */
            createdAt: number;
            /** @example 1795000000000 */
            completedAt: number | null;
            sizeBytes: number | null;
            /**
             * @description When ready: GET it with your access token (a JSON file)
             * @example /api/v1/me/export/exp_1f2e3d4c5b6a7980a1b2c3d4/download
             */
            downloadUrl: string | null;
            /**
             * @description The archive is gone after this
             * @example 1795000000000
             */
            expiresAt: number;
        };
        CreatedApiKey: {
            /** @example key_4fQm2Zs8LkPa */
            id: string;
            /** @example my-app */
            name: string;
            /**
             * @description The key itself: shown this once, only its SHA-256 is stored
             * @example bgk_3q2-7wEXAMPLEONLYdo-not-use-this-key-0000000
             */
            key: string;
            /**
             * Format: date-time
             * @example 2026-12-01T10:00:00.000Z
             */
            createdAt: string;
        };
        /**
         * @example {
         *       "name": "my-app"
         *     }
         */
        CreateApiKeyBody: {
            /** @example my-app */
            name: string;
        };
        ApiKeyList: {
            apiKeys: components["schemas"]["ApiKey"][];
        };
        ApiKey: {
            /** @example key_4fQm2Zs8LkPa */
            id: string;
            /** @example my-app */
            name: string;
            /**
             * Format: date-time
             * @example 2026-12-01T10:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example null
             */
            revokedAt: string | null;
            usage: components["schemas"]["ApiKeyUsage"];
        };
        ApiKeyUsage: {
            /**
             * @description Telegram sessions the key holds now
             * @example 3
             */
            sessions: number;
            /**
             * @description Authenticated calls made with the key since 00:00 UTC
             * @example 120
             */
            callsToday: number;
        };
        RevokedApiKey: {
            /** @example key_4fQm2Zs8LkPa */
            id: string;
            /**
             * Format: date-time
             * @example 2026-12-01T11:00:00.000Z
             */
            revokedAt: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    telegramProxyHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proxy is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProxyHealth"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every binding answered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Health"];
                    };
                };
            };
            /** @description At least one binding failed: the message names it and `error.details` is the full report */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    sendCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The phone to text */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendCodeRequest"];
            };
        };
        responses: {
            /** @description The code was sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["SendCodeResult"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limited; retry after the number of seconds in `Retry-After` */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    verifyCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The phone, its code and the device signing in */
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyCodeRequest"];
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["SignInResult"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limited; retry after the number of seconds in `Retry-After` */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    refreshTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The current refresh token */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description New tokens */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["TokenPair"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: {
                            sessionId: string;
                            /** @enum {boolean} */
                            revoked: true;
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Me"];
                    };
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The fields to change */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMe"];
            };
        };
        responses: {
            /** @description The updated profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Me"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your sessions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: {
                            sessions: components["schemas"]["Session"][];
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    revokeSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: {
                            sessionId: string;
                            /** @enum {boolean} */
                            revoked: true;
                        };
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["UserProfile"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    findUsers: {
        parameters: {
            query: {
                /** @description The username to find */
                username: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: {
                            users: components["schemas"]["PublicUser"][];
                        };
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    importContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The contacts to add */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportContactsRequest"];
            };
        };
        responses: {
            /** @description Imported */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["ImportContactsResult"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limited; retry after the number of seconds in `Retry-After` */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your contacts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: {
                            contacts: components["schemas"]["Contact"][];
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                phone: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: {
                            phone: string;
                            /** @enum {boolean} */
                            deleted: true;
                        };
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listChats: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the chat list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["ChatList"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    openDialog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenDialogRequest"];
            };
        };
        responses: {
            /** @description The dialog already existed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["ChatDetails"];
                    };
                };
            };
            /** @description The dialog was created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["ChatDetails"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chat */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["ChatDetails"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    updateChatSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatSettingsRequest"];
            };
        };
        responses: {
            /** @description The chat-list entry with its new settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["ChatListItem"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGroupRequest"];
            };
        };
        responses: {
            /** @description The group */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["GroupChange"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limited; retry after the number of seconds in `Retry-After` */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    updateGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateGroupRequest"];
            };
        };
        responses: {
            /** @description The group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["ChatDetails"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    addGroupMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMembersRequest"];
            };
        };
        responses: {
            /** @description The group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["GroupChange"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limited; retry after the number of seconds in `Retry-After` */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    removeGroupMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["RemovedMember"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    setGroupMemberRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetRoleRequest"];
            };
        };
        responses: {
            /** @description The group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["ChatDetails"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /** @description Messages with seq below this */
                before?: number;
                /** @description Messages with seq above this */
                after?: number | null;
                /** @description Messages around this seq (it included) */
                around?: number;
                limit?: number;
            };
            header?: never;
            path: {
                chatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["MessagePage"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description A repeat: the original message */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Message"];
                    };
                };
            };
            /** @description Sent */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Message"];
                    };
                };
            };
            /** @description Scheduled (with `sendAt`; a repeat answers the same scheduled message) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["ScheduledMessage"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limited; retry after the number of seconds in `Retry-After` */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteMessage: {
        parameters: {
            query?: {
                /** @description true: for every member (author, or group admin) */
                forEveryone?: "true" | "false";
            };
            header?: never;
            path: {
                chatId: string;
                seq: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["DeletedMessage"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    editMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
                seq: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditMessageRequest"];
            };
        };
        responses: {
            /** @description The edited message */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Message"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    addReaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
                seq: number;
                /** @description One emoji, URL-encoded */
                emoji: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message with its reactions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Message"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    removeReaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
                seq: number;
                /** @description One emoji, URL-encoded */
                emoji: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message with its reactions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Message"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReadRequest"];
            };
        };
        responses: {
            /** @description Your read state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["ReadState"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getUpdates: {
        parameters: {
            query?: {
                /** @description The last pts you have (0 at first) */
                since?: number | null;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Updates, or tooLong */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["UpdatesPage"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    ackUpdates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AckRequest"];
            };
        };
        responses: {
            /** @description Acknowledged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Ack"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createAttachmentUpload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUploadRequest"];
            };
        };
        responses: {
            /** @description Started */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["UploadState"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limited; retry after the number of seconds in `Retry-After` */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getAttachmentUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upload */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["UploadState"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    abortAttachmentUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Aborted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: {
                            /** @example att_9b8c7d6e5f4a40c1a2b3c4d5e6f70812 */
                            id: string;
                        };
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    uploadAttachmentPart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                partNumber: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: {
                            partNumber: number;
                            size: number;
                        };
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Length is required */
            411: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    completeAttachmentUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Attachment"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createPresignedUpload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePresignedUploadRequest"];
            };
        };
        responses: {
            /** @description Started */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["PresignedUpload"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limited; retry after the number of seconds in `Retry-After` */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    completePresignedUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Attachment"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    uploadAttachment: {
        parameters: {
            query?: {
                /** @description The file name shown to the chat */
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The file's bytes */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Attachment"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Length is required */
            411: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limited; retry after the number of seconds in `Retry-After` */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    downloadAttachment: {
        parameters: {
            query?: {
                /** @description `thumb`: for an image, a WebP at most 320 pixels on its longer side (404 `NO_THUMBNAIL` for other files) */
                variant?: "thumb";
            };
            header?: never;
            path: {
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    /** @description The attachment's sha256, quoted (strong) */
                    ETag?: string;
                    /** @description `attachment` except for a short list of image, video and audio types shown inline */
                    "Content-Disposition"?: string;
                    /** @description `bytes` */
                    "Accept-Ranges"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The requested range (`Content-Range`) */
            206: {
                headers: {
                    /** @description The attachment's sha256, quoted (strong) */
                    ETag?: string;
                    /** @description `attachment` except for a short list of image, video and audio types shown inline */
                    "Content-Disposition"?: string;
                    /** @description `bytes` */
                    "Accept-Ranges"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Not modified (the `If-None-Match` matched) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The Range cannot be satisfied */
            416: {
                headers: {
                    /** @description `bytes *\/<size>`: the file's size in bytes */
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createAttachmentLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AttachmentLinkRequest"];
            };
        };
        responses: {
            /** @description The link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["AttachmentLink"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    downloadAttachmentSigned: {
        parameters: {
            query: {
                /** @description Unix seconds */
                expires?: number | null;
                signature: string;
                /** @description `thumb`: for an image, a WebP at most 320 pixels on its longer side (404 `NO_THUMBNAIL` for other files) */
                variant?: "thumb";
            };
            header?: never;
            path: {
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    /** @description The attachment's sha256, quoted (strong) */
                    ETag?: string;
                    /** @description `attachment` except for a short list of image, video and audio types shown inline */
                    "Content-Disposition"?: string;
                    /** @description `bytes` */
                    "Accept-Ranges"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The requested range (`Content-Range`) */
            206: {
                headers: {
                    /** @description The attachment's sha256, quoted (strong) */
                    ETag?: string;
                    /** @description `attachment` except for a short list of image, video and audio types shown inline */
                    "Content-Disposition"?: string;
                    /** @description `bytes` */
                    "Accept-Ranges"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Not modified (the `If-None-Match` matched) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The Range cannot be satisfied */
            416: {
                headers: {
                    /** @description `bytes *\/<size>`: the file's size in bytes */
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    connectRealtime: {
        parameters: {
            query?: {
                /** @description The access token, for clients that can set neither headers nor subprotocols */
                token?: string;
            };
            header?: {
                /** @description `big.v1`, optionally followed by `bearer.<accessToken>` */
                "sec-websocket-protocol"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Switching Protocols: the WebSocket is open (subprotocol `big.v1` when asked for) */
            101: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Only a WebSocket upgrade is accepted here */
            426: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    telegramListSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's sessions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["TelegramSessionList"];
                    };
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    telegramCreateSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new session */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["TelegramCreatedSession"];
                    };
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    telegramSessionStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A session made by `POST /api/telegram-proxy/sessions` */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session's status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["TelegramSessionStatus"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    telegramDeleteSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A session made by `POST /api/telegram-proxy/sessions` */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session is gone */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["TelegramDeletedSession"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    telegramSendCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TelegramSendCodeBody"];
            };
        };
        responses: {
            /** @description The code was sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["TelegramSentCode"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limited; retry after the number of seconds in `Retry-After` */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    telegramVerifyCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TelegramVerifyCodeBody"];
            };
        };
        responses: {
            /** @description Signed in, or a 2FA password is needed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["TelegramVerifyCodeResult"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limited; retry after the number of seconds in `Retry-After` */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    telegramCheckPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TelegramPasswordBody"];
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["TelegramAccount"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limited; retry after the number of seconds in `Retry-After` */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    telegramListDialogs: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header: {
                /** @description `X-Session-ID`: the session to act for (one of the calling key's sessions) */
                "x-session-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dialogs, most recent first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["TelegramDialogPage"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limited; retry after the number of seconds in `Retry-After` */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    telegramPollMessages: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header: {
                /** @description `X-Session-ID`: the session to act for (one of the calling key's sessions) */
                "x-session-id": string;
            };
            path: {
                /** @description `me` (Saved Messages), `@username` (a user or a public channel), or a numeric chat id from the dialogs: a user's id, a group's (negative), a channel's or supergroup's (-100…) */
                chatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Messages, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["TelegramMessagePage"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limited; retry after the number of seconds in `Retry-After` */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    telegramSendMessage: {
        parameters: {
            query?: never;
            header: {
                /** @description `X-Session-ID`: the session to act for (one of the calling key's sessions) */
                "x-session-id": string;
            };
            path: {
                /** @description `me` (Saved Messages), `@username` (a user or a public channel), or a numeric chat id from the dialogs: a user's id, a group's (negative), a channel's or supergroup's (-100…) */
                chatId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TelegramSendMessageBody"];
            };
        };
        responses: {
            /** @description The sent message */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["TelegramMessage"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limited; retry after the number of seconds in `Retry-After` */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    telegramGetWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A session made by `POST /api/telegram-proxy/sessions` */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook, or null */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["TelegramWebhookState"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    telegramPutWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A session made by `POST /api/telegram-proxy/sessions` */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TelegramWebhookBody"];
            };
        };
        responses: {
            /** @description The webhook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["TelegramWebhookState"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limited; retry after the number of seconds in `Retry-After` */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    telegramDeleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A session made by `POST /api/telegram-proxy/sessions` */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No webhook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["TelegramWebhookState"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    telegramUpdatesSocket: {
        parameters: {
            query?: {
                /** @description The session, for clients that cannot set X-Session-ID */
                sessionId?: string;
                /** @description The API key, for clients that can set no header */
                token?: string;
            };
            header?: {
                /** @description A session made by `POST /api/telegram-proxy/sessions` */
                "x-session-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Switching Protocols: the WebSocket is open */
            101: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Only a WebSocket upgrade is accepted here */
            426: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    openAssistantChat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dialog already existed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["ChatDetails"];
                    };
                };
            };
            /** @description The dialog was created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["ChatDetails"];
                    };
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    cancelAssistantReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
                seq: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reply as it stopped */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Message"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listPushTargets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your push targets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: {
                            devices: components["schemas"]["PushDevice"][];
                            settings: components["schemas"]["PushSettings"];
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    putPushTarget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description APNs, FCM or Web Push */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushTarget"];
            };
        };
        responses: {
            /** @description The registered target */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["PushDevice"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deletePushTarget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: {
                            /** @enum {boolean} */
                            removed: true;
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    updatePushSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The settings */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Every push says only "New message": no sender, no chat title, no text */
                    hidePreviews: boolean;
                };
            };
        };
        responses: {
            /** @description Your push settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["PushSettings"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getVapidPublicKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: {
                            /** @example BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM */
                            publicKey: string;
                        };
                    };
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getIceServers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ICE servers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["IceServers"];
                    };
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    startCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartCallRequest"];
            };
        };
        responses: {
            /** @description The chat's live call, which you are now in (glare) or were already in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Call"];
                    };
                };
            };
            /** @description The call, ringing */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Call"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Call"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    publishCallTracks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishCallTracksRequest"];
            };
        };
        responses: {
            /** @description The SFU's answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["PublishedCallTracks"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    pullCallTracks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PullCallTracksRequest"];
            };
        };
        responses: {
            /** @description The SFU's offer and where each track arrives */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["PulledCallTracks"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    renegotiateCallMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenegotiateCallMediaRequest"];
            };
        };
        responses: {
            /** @description Renegotiated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["RenegotiatedCallMedia"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    closeCallTracks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseCallTracksRequest"];
            };
        };
        responses: {
            /** @description Closed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["ClosedCallTracks"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getPrivacy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["PrivacySettings"];
                    };
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    updatePrivacy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrivacyPatch"];
            };
        };
        responses: {
            /** @description Your settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["PrivacySettings"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listBlockedUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: {
                            users: components["schemas"]["BlockedUser"][];
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    blockUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Blocked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["BlockState"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    unblockUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not blocked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["BlockState"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listGroupInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: {
                            invitations: components["schemas"]["GroupInvitation"][];
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    acceptGroupInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["ChatDetails"];
                    };
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    declineGroupInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Declined */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: {
                            id: string;
                            /** @enum {boolean} */
                            declined: true;
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    reportMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
                seq: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportRequest"];
            };
        };
        responses: {
            /** @description Reported */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["MessageReport"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limited; retry after the number of seconds in `Retry-After` */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    searchChat: {
        parameters: {
            query: {
                /** @description Words to find (every one must occur; the last also as a prefix). Any punctuation separates words; no query syntax. */
                q: string;
                /** @description relevance: best match first (BM25; ranks every matching message, so a word found in most of a long history costs the most). recent: newest first (reads only the page) */
                order?: "relevance" | "recent";
                limit?: number;
                /** @description `nextOffset` of the previous page */
                offset?: number | null;
            };
            header?: never;
            path: {
                chatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hits */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["ChatSearchPage"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    searchAll: {
        parameters: {
            query: {
                /** @description Words to find (every one must occur; the last also as a prefix). Any punctuation separates words; no query syntax. */
                q: string;
                /** @description relevance: best match first (BM25; ranks every matching message, so a word found in most of a long history costs the most). recent: newest first (reads only the page) */
                order?: "relevance" | "recent";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hits */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["GlobalSearchResult"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listPinned: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pinned messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["PinnedList"];
                    };
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    pinMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
                seq: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chat's pinned messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["PinnedList"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    unpinMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
                seq: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chat's pinned messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["PinnedList"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listScheduled: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Scheduled messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["ScheduledList"];
                    };
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    cancelScheduled: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
                scheduledId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["CancelledScheduled"];
                    };
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    editScheduled: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
                scheduledId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditScheduledRequest"];
            };
        };
        responses: {
            /** @description The scheduled message */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["ScheduledMessage"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    saveDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveDraftRequest"];
            };
        };
        responses: {
            /** @description The draft */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["SavedDraft"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listDrafts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your drafts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["DraftList"];
                    };
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    requestExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One is already building */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["DataExport"];
                    };
                };
            };
            /** @description Building */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["DataExport"];
                    };
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                exportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["DataExport"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    downloadExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                exportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The archive: a JSON file (`Content-Disposition: attachment`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    adminListApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The keys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["ApiKeyList"];
                    };
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    adminCreateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyBody"];
            };
        };
        responses: {
            /** @description The new key, shown once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["CreatedApiKey"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Content-Type is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    adminGetApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["ApiKey"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    adminRevokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key is revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["RevokedApiKey"];
                    };
                };
            };
            /** @description Validation failed or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    telegramUpdateWebhook: {
        parameters: {
            query?: never;
            header: {
                "x-signature": string;
                "x-delivery-id": string;
                /** @description The event's stable `id`: deduplicate by it */
                "x-update-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TelegramUpdateEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}

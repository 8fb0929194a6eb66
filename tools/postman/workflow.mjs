// The Postman collection as a workflow, in order: "Start here" signs two users in with test
// numbers and keeps their tokens in collection variables, later requests reuse the ids earlier
// ones created, and signing out comes last. Each step names an operation of openapi/openapi.json
// (tools/postman/collection.mjs takes its method, path and documentation from there) and the
// documented status it must answer.
//
// Step fields: op (operationId), status (expected), name (optional), auth ("friend", "apiKey",
// "none"; default your access token), path/query (values for the path's {params} and the query),
// headers, body (JSON) or raw ({contentType, text}: a file's bytes), capture ({ variable: expression over `body` }), checks (extra pm assertions
// over `body`), prerequest (a script run before the request).

const friend = "friend";
const apiKey = "apiKey";
const none = "none";
const admin = "admin";

/** Waits, in a pre-request script, until the export just requested is ready. */
const EXPORT_READY = `// The archive builds in the background: wait until it is ready (at most ~10 s).
const url = pm.variables.replaceIn("{{baseUrl}}/api/v1/me/export/{{exportId}}");
const auth = { Authorization: "Bearer " + pm.collectionVariables.get("accessToken") };
const poll = (left) => pm.sendRequest({ url, header: auth }, (err, res) => {
  const ready = !err && res.json().data && res.json().data.status === "ready";
  if (!ready && left > 0) setTimeout(() => poll(left - 1), 250);
});
poll(40);`;

/** @type {{ name: string, description: string, steps: Record<string, any>[] }[]} */
export const WORKFLOW = [
  {
    name: "Start here",
    description: "Run this folder first: it signs you and a friend in with test numbers and stores the tokens.",
    steps: [
      { op: "getHealth", status: 200, auth: none, checks: ['pm.expect(body.data.status).to.equal("ok")'] },
      { op: "telegramProxyHealth", status: 200, auth: none, checks: ['pm.expect(body.status).to.equal("ok")'] },
      { name: "Send your sign-in code", op: "sendCode", status: 200, auth: none, body: { phone: "{{phone}}" } },
      {
        name: "Sign in (you)",
        op: "verifyCode",
        status: 200,
        auth: none,
        body: { phone: "{{phone}}", code: "{{code}}", device: { name: "Postman", platform: "other" } },
        capture: {
          accessToken: "body.data.accessToken",
          refreshToken: "body.data.refreshToken",
          userId: "body.data.user.id",
        },
      },
      {
        name: "Send the friend's sign-in code",
        op: "sendCode",
        status: 200,
        auth: none,
        body: { phone: "{{friendPhone}}" },
      },
      {
        name: "Sign in (friend)",
        op: "verifyCode",
        status: 200,
        auth: none,
        body: { phone: "{{friendPhone}}", code: "{{code}}", device: { name: "Postman (friend)", platform: "other" } },
        capture: {
          friendAccessToken: "body.data.accessToken",
          friendUserId: "body.data.user.id",
          friendSessionId: "body.data.sessionId",
        },
      },
      {
        op: "refreshTokens",
        status: 200,
        auth: none,
        body: { refreshToken: "{{refreshToken}}" },
        capture: { accessToken: "body.data.accessToken", refreshToken: "body.data.refreshToken" },
      },
    ],
  },
  {
    name: "Profile and phone book",
    description: "Your profile, your devices, finding users, and the phone book.",
    steps: [
      { op: "getMe", status: 200, checks: ['pm.expect(body.data.id).to.equal(pm.collectionVariables.get("userId"))'] },
      {
        op: "updateMe",
        status: 200,
        // Usernames are unique: a fresh one per run.
        prerequest: 'pm.collectionVariables.set("username", "pm_" + Date.now().toString(36));',
        body: { firstName: "Postman", username: "{{username}}" },
      },
      {
        op: "listSessions",
        status: 200,
        checks: ["pm.expect(body.data.sessions.some((s) => s.current)).to.equal(true)"],
      },
      { op: "findUsers", status: 200, query: { username: "{{username}}" } },
      { op: "getUser", status: 200, path: { userId: "{{friendUserId}}" } },
      { op: "importContacts", status: 200, body: { contacts: [{ phone: "{{friendPhone}}", firstName: "Friend" }] } },
      { op: "listContacts", status: 200 },
      { op: "deleteContact", status: 200, path: { phone: "{{friendPhone}}" } },
    ],
  },
  {
    name: "Messaging",
    description: "A dialog with the friend: send, edit, react, read, updates, delete.",
    steps: [
      {
        op: "openDialog",
        status: 201,
        body: { userId: "{{friendUserId}}" },
        capture: { dialogId: "body.data.chat.id" },
      },
      { op: "getChat", status: 200, path: { chatId: "{{dialogId}}" } },
      { op: "updateChatSettings", status: 200, path: { chatId: "{{dialogId}}" }, body: { pinned: true } },
      {
        op: "sendMessage",
        status: 201,
        path: { chatId: "{{dialogId}}" },
        body: { clientMessageId: "{{$guid}}", text: "Hello from Postman" },
        capture: { seq: "body.data.seq" },
      },
      { op: "listMessages", status: 200, path: { chatId: "{{dialogId}}" } },
      {
        op: "editMessage",
        status: 200,
        path: { chatId: "{{dialogId}}", seq: "{{seq}}" },
        body: { text: "Hello from Postman (edited)" },
      },
      { op: "addReaction", status: 200, path: { chatId: "{{dialogId}}", seq: "{{seq}}", emoji: "%F0%9F%91%8D" } },
      { op: "removeReaction", status: 200, path: { chatId: "{{dialogId}}", seq: "{{seq}}", emoji: "%F0%9F%91%8D" } },
      {
        name: "Mark read (friend)",
        op: "markRead",
        status: 200,
        auth: friend,
        path: { chatId: "{{dialogId}}" },
        body: { upToSeq: "{{#seq}}" },
      },
      {
        name: "Updates (friend)",
        op: "getUpdates",
        status: 200,
        auth: friend,
        query: { since: "0" },
        capture: { pts: "body.data.pts" },
      },
      { name: "Acknowledge updates (friend)", op: "ackUpdates", status: 200, auth: friend, body: { pts: "{{#pts}}" } },
      {
        name: "Realtime without a WebSocket upgrade",
        op: "connectRealtime",
        status: 426,
        checks: ['pm.expect(body.error.code).to.be.a("string")'],
      },
      {
        op: "deleteMessage",
        status: 200,
        path: { chatId: "{{dialogId}}", seq: "{{seq}}" },
        query: { forEveryone: "true" },
      },
      { op: "listChats", status: 200 },
    ],
  },
  {
    name: "Attachments",
    description:
      "Upload a small text file, send it in the dialog, download it (with a token, and through a short-lived signed link), upload one in parts (multipart: create, a part, resume, complete; a second one aborted), and one straight to storage through a presigned URL (experimental).",
    steps: [
      {
        op: "uploadAttachment",
        status: 201,
        query: { name: "hello.txt" },
        raw: { contentType: "text/plain", text: "Hello from Postman" },
        capture: { attachmentId: "body.data.id" },
      },
      {
        name: "Send it to the friend",
        op: "sendMessage",
        status: 201,
        path: { chatId: "{{dialogId}}" },
        body: { clientMessageId: "{{$guid}}", text: "A file for you", attachmentIds: ["{{attachmentId}}"] },
        checks: ['pm.expect(body.data.attachments[0].name).to.equal("hello.txt")'],
      },
      {
        name: "Download it (friend)",
        op: "downloadAttachment",
        status: 200,
        auth: friend,
        path: { attachmentId: "{{attachmentId}}" },
        checks: ['pm.expect(pm.response.text()).to.equal("Hello from Postman")'],
      },
      {
        op: "createAttachmentLink",
        status: 200,
        path: { attachmentId: "{{attachmentId}}" },
        capture: {
          // The Postman sandbox has no URL class: read the query by hand.
          linkExpires: "/[?&]expires=([^&]+)/.exec(body.data.url)[1]",
          linkSignature: "/[?&]signature=([^&]+)/.exec(body.data.url)[1]",
        },
      },
      {
        name: "Download through the signed link (no token)",
        op: "downloadAttachmentSigned",
        status: 200,
        auth: none,
        path: { attachmentId: "{{attachmentId}}" },
        query: { expires: "{{linkExpires}}", signature: "{{linkSignature}}" },
      },
      {
        op: "createAttachmentUpload",
        status: 201,
        body: { name: "notes.txt", mimeType: "text/plain", size: 11 },
        capture: { uploadId: "body.data.id" },
      },
      {
        op: "uploadAttachmentPart",
        status: 200,
        path: { attachmentId: "{{uploadId}}", partNumber: "1" },
        raw: { contentType: "application/octet-stream", text: "Hello parts" },
      },
      {
        op: "getAttachmentUpload",
        status: 200,
        path: { attachmentId: "{{uploadId}}" },
        checks: ["pm.expect(body.data.receivedParts).to.eql([1])"],
      },
      { op: "completeAttachmentUpload", status: 201, path: { attachmentId: "{{uploadId}}" } },
      {
        name: "Start an upload to abort",
        op: "createAttachmentUpload",
        status: 201,
        body: { name: "abandoned.bin", mimeType: "application/octet-stream", size: 11 },
        capture: { abortedUploadId: "body.data.id" },
      },
      { op: "abortAttachmentUpload", status: 200, path: { attachmentId: "{{abortedUploadId}}" } },
      {
        name: "Start a presigned upload (experimental)",
        op: "createPresignedUpload",
        status: 201,
        body: { name: "direct.txt", mimeType: "text/plain", size: 15 },
        capture: { presignedId: "body.data.id", presignedUrl: "body.data.url" },
      },
      {
        name: "PUT the bytes to the signed URL, then complete",
        op: "completePresignedUpload",
        status: 201,
        path: { attachmentId: "{{presignedId}}" },
        // The PUT goes straight to storage (no token): Postman sets Content-Length from the body.
        prerequest: `pm.sendRequest({
  url: pm.collectionVariables.get("presignedUrl"),
  method: "PUT",
  header: { "If-None-Match": "*" },
  body: { mode: "raw", raw: "Hello presigned" },
}, (error, res) => { if (error || res.code !== 200) throw new Error("presigned PUT: " + (error || res.code)); });`,
        checks: ["pm.expect(body.data.size).to.equal(15)"],
      },
    ],
  },
  {
    name: "Assistant",
    description:
      "The built-in AI assistant: open its chat, ask, and cancel the streamed reply. Locally the loopback AI peer answers (`#slow` makes it take its time, so the cancel finds the reply still streaming).",
    steps: [
      { op: "openAssistantChat", status: 201, capture: { assistantChatId: "body.data.chat.id" } },
      {
        name: "Ask the assistant",
        op: "sendMessage",
        status: 201,
        path: { chatId: "{{assistantChatId}}" },
        body: { clientMessageId: "{{$guid}}", text: "Tell me a long story #slow" },
        // The reply is the next message of the chat.
        capture: { replySeq: "body.data.seq + 1" },
      },
      {
        op: "cancelAssistantReply",
        status: 200,
        path: { chatId: "{{assistantChatId}}", seq: "{{replySeq}}" },
        checks: ['pm.expect(body.data.ai.state).to.equal("cancelled")'],
      },
    ],
  },
  {
    name: "Push",
    description:
      "This session's push target (here an FCM token), your push settings, and the Web Push key. Locally no provider has credentials: pushes are logged, and the VAPID key answers 503 PUSH_NOT_CONFIGURED.",
    steps: [
      { op: "putPushTarget", status: 200, body: { kind: "fcm", token: "postman-fcm-registration-token-0000" } },
      { op: "listPushTargets", status: 200, checks: ["pm.expect(body.data.devices).to.have.lengthOf(1)"] },
      { op: "updatePushSettings", status: 200, body: { hidePreviews: true } },
      { op: "deletePushTarget", status: 200 },
      { name: "The Web Push key (503 until VAPID keys are set)", op: "getVapidPublicKey", status: 503, auth: none },
    ],
  },
  {
    name: "Calls",
    description:
      "Start a video call in the dialog with the friend and read its state; the ICE servers to give RTCPeerConnection. Answering, signalling and hanging up happen over the realtime WebSocket (see the Calls guide); a call past its mesh limit carries media through the SFU routes.",
    steps: [
      { op: "getIceServers", status: 200 },
      {
        op: "startCall",
        status: 201,
        path: { chatId: "{{dialogId}}" },
        body: { video: true },
        capture: { callId: "body.data.callId" },
      },
      {
        op: "getCall",
        status: 200,
        path: { callId: "{{callId}}" },
        checks: ['pm.expect(body.data.state).to.equal("ringing")'],
      },
      // This call is peer-to-peer (mesh: fewer than meshLimit devices, and locally no SFU is configured),
      // so its SFU routes answer 409 CALL_NOT_SFU; in a call in SFU mode they carry SDP to Cloudflare Realtime SFU.
      {
        name: "Publish tracks to the SFU (409: a mesh call)",
        op: "publishCallTracks",
        status: 409,
        path: { callId: "{{callId}}" },
        body: { sdp: "v=0\r\n", tracks: [{ mid: "0", trackName: "audio-0", kind: "audio" }] },
        checks: ['pm.expect(body.error.code).to.equal("CALL_NOT_SFU")'],
      },
      {
        name: "Pull tracks from the SFU (409: a mesh call)",
        op: "pullCallTracks",
        status: 409,
        path: { callId: "{{callId}}" },
        body: { tracks: [{ peerId: "peer_000000000000000000000000", trackName: "audio-0" }] },
      },
      {
        name: "Answer the SFU's offer (409: a mesh call)",
        op: "renegotiateCallMedia",
        status: 409,
        path: { callId: "{{callId}}" },
        body: { sdp: "v=0\r\n" },
      },
      {
        name: "Close SFU tracks (409: a mesh call)",
        op: "closeCallTracks",
        status: 409,
        path: { callId: "{{callId}}" },
        body: { mids: ["0"] },
      },
    ],
  },
  {
    name: "Groups",
    description: "A group with the friend: rename, roles, members.",
    steps: [
      {
        op: "createGroup",
        status: 201,
        body: { title: "Postman group", memberIds: ["{{friendUserId}}"] },
        capture: { groupId: "body.data.chat.id" },
      },
      {
        op: "updateGroup",
        status: 200,
        path: { chatId: "{{groupId}}" },
        body: { about: "Made by the Postman workflow" },
      },
      {
        op: "setGroupMemberRole",
        status: 200,
        path: { chatId: "{{groupId}}", userId: "{{friendUserId}}" },
        body: { role: "admin" },
      },
      { op: "removeGroupMember", status: 200, path: { chatId: "{{groupId}}", userId: "{{friendUserId}}" } },
      { op: "addGroupMembers", status: 200, path: { chatId: "{{groupId}}" }, body: { userIds: ["{{friendUserId}}"] } },
    ],
  },
  {
    name: "Privacy and safety",
    description:
      "Privacy settings, blocking, group invitations and reporting. The friend lets nobody add them to groups, so your new groups invite them instead; they decline one invitation and accept the other, then let everyone add them again.",
    steps: [
      { op: "getPrivacy", status: 200 },
      { op: "updatePrivacy", status: 200, body: { presence: "contacts" } },
      { op: "blockUser", status: 200, path: { userId: "{{friendUserId}}" } },
      { op: "listBlockedUsers", status: 200, checks: ["pm.expect(body.data.users).to.have.lengthOf(1)"] },
      { op: "unblockUser", status: 200, path: { userId: "{{friendUserId}}" } },
      {
        name: "Nobody may add the friend to groups",
        op: "updatePrivacy",
        status: 200,
        auth: friend,
        body: { addToGroups: "nobody" },
      },
      {
        name: "A group that invites the friend",
        op: "createGroup",
        status: 201,
        body: { title: "Postman invitations", memberIds: ["{{friendUserId}}"] },
        checks: ["pm.expect(body.data.invitedUserIds).to.have.lengthOf(1)"],
      },
      {
        name: "Invitations (friend)",
        op: "listGroupInvitations",
        status: 200,
        auth: friend,
        capture: { invitationId: "body.data.invitations[0].id" },
      },
      {
        name: "Decline (friend)",
        op: "declineGroupInvitation",
        status: 200,
        auth: friend,
        path: { invitationId: "{{invitationId}}" },
      },
      {
        name: "A second group that invites the friend",
        op: "createGroup",
        status: 201,
        body: { title: "Postman invitations 2", memberIds: ["{{friendUserId}}"] },
      },
      {
        name: "Invitations again (friend)",
        op: "listGroupInvitations",
        status: 200,
        auth: friend,
        capture: { invitationId: "body.data.invitations[0].id" },
      },
      {
        name: "Accept (friend)",
        op: "acceptGroupInvitation",
        status: 200,
        auth: friend,
        path: { invitationId: "{{invitationId}}" },
      },
      {
        name: "Everyone may add the friend again",
        op: "updatePrivacy",
        status: 200,
        auth: friend,
        body: { addToGroups: "everyone" },
      },
      {
        name: "A message to report (friend)",
        op: "sendMessage",
        status: 201,
        auth: friend,
        path: { chatId: "{{dialogId}}" },
        body: { clientMessageId: "{{$guid}}", text: "Buy cheap followers now" },
        capture: { spamSeq: "body.data.seq" },
      },
      {
        op: "reportMessage",
        status: 200,
        path: { chatId: "{{dialogId}}", seq: "{{spamSeq}}" },
        body: { reason: "spam" },
      },
    ],
  },
  {
    name: "Search, pins, scheduled messages, drafts, export",
    description:
      "Search the dialog and all your chats, pin a message, schedule one for later (then edit and cancel it), keep a draft, and export your data.",
    steps: [
      {
        name: "A message to find and pin",
        op: "sendMessage",
        status: 201,
        path: { chatId: "{{dialogId}}" },
        body: { clientMessageId: "{{$guid}}", text: "Postman searches for pineapples" },
        capture: { pinSeq: "body.data.seq" },
      },
      {
        op: "searchChat",
        status: 200,
        path: { chatId: "{{dialogId}}" },
        query: { q: "pineapple" },
        checks: ["pm.expect(body.data.hits.length).to.be.above(0)"],
      },
      { op: "searchAll", status: 200, query: { q: "pineapple" } },
      { op: "pinMessage", status: 200, path: { chatId: "{{dialogId}}", seq: "{{pinSeq}}" } },
      { op: "listPinned", status: 200, path: { chatId: "{{dialogId}}" } },
      { op: "unpinMessage", status: 200, path: { chatId: "{{dialogId}}", seq: "{{pinSeq}}" } },
      {
        name: "Schedule a message for tomorrow",
        op: "sendMessage",
        status: 202,
        path: { chatId: "{{dialogId}}" },
        prerequest: 'pm.collectionVariables.set("sendAt", String(Date.now() + 86400000));',
        body: { clientMessageId: "{{$guid}}", text: "Good morning from Postman", sendAt: "{{#sendAt}}" },
        capture: { scheduledId: "body.data.id" },
      },
      { op: "listScheduled", status: 200, path: { chatId: "{{dialogId}}" } },
      {
        op: "editScheduled",
        status: 200,
        path: { chatId: "{{dialogId}}", scheduledId: "{{scheduledId}}" },
        body: { text: "Good morning from Postman (edited)" },
      },
      { op: "cancelScheduled", status: 200, path: { chatId: "{{dialogId}}", scheduledId: "{{scheduledId}}" } },
      { op: "saveDraft", status: 200, path: { chatId: "{{dialogId}}" }, body: { text: "A draft from Postman" } },
      { op: "listDrafts", status: 200 },
      { op: "requestExport", status: 202, capture: { exportId: "body.data.id" } },
      { op: "getExport", status: 200, path: { exportId: "{{exportId}}" } },
      {
        op: "downloadExport",
        status: 200,
        path: { exportId: "{{exportId}}" },
        prerequest: EXPORT_READY,
      },
    ],
  },
  {
    name: "Telegram proxy",
    description: "Needs `apiKey`. Against the loopback DC of `npm start`: sign a Telegram account in, send, read.",
    steps: [
      { op: "telegramCreateSession", status: 201, auth: apiKey, capture: { tgSessionId: "body.data.sessionId" } },
      { op: "telegramListSessions", status: 200, auth: apiKey },
      {
        op: "telegramSendCode",
        status: 200,
        auth: apiKey,
        body: { sessionId: "{{tgSessionId}}", phoneNumber: "{{telegramPhone}}" },
        capture: { tgPhoneCodeHash: "body.data.phoneCodeHash" },
      },
      {
        op: "telegramVerifyCode",
        status: 200,
        auth: apiKey,
        body: {
          sessionId: "{{tgSessionId}}",
          phoneNumber: "{{telegramPhone}}",
          phoneCodeHash: "{{tgPhoneCodeHash}}",
          code: "{{telegramCode}}",
        },
        checks: ["pm.expect(body.data.authorized).to.equal(true)"],
      },
      {
        op: "telegramSessionStatus",
        status: 200,
        auth: apiKey,
        path: { sessionId: "{{tgSessionId}}" },
        checks: ["pm.expect(body.data.authorized).to.equal(true)"],
      },
      {
        op: "telegramSendMessage",
        status: 200,
        auth: apiKey,
        path: { chatId: "@alice" },
        headers: { "X-Session-ID": "{{tgSessionId}}" },
        body: { message: "Hello from Postman", clientMessageId: "{{$guid}}" },
      },
      {
        op: "telegramPollMessages",
        status: 200,
        auth: apiKey,
        path: { chatId: "@alice" },
        query: { limit: "20" },
        headers: { "X-Session-ID": "{{tgSessionId}}" },
        checks: ['pm.expect(body.data.messages[0].text).to.equal("Hello from Postman")'],
      },
      {
        name: "Create a session (2FA account)",
        op: "telegramCreateSession",
        status: 201,
        auth: apiKey,
        capture: { tg2faSessionId: "body.data.sessionId" },
      },
      {
        name: "Send the code (2FA account)",
        op: "telegramSendCode",
        status: 200,
        auth: apiKey,
        body: { sessionId: "{{tg2faSessionId}}", phoneNumber: "{{telegram2faPhone}}" },
        capture: { tg2faPhoneCodeHash: "body.data.phoneCodeHash" },
      },
      {
        name: "Verify the code (2FA account: password required)",
        op: "telegramVerifyCode",
        status: 200,
        auth: apiKey,
        body: {
          sessionId: "{{tg2faSessionId}}",
          phoneNumber: "{{telegram2faPhone}}",
          phoneCodeHash: "{{tg2faPhoneCodeHash}}",
          code: "{{telegram2faCode}}",
        },
        checks: ["pm.expect(body.data.passwordRequired).to.equal(true)"],
      },
      {
        op: "telegramCheckPassword",
        status: 200,
        auth: apiKey,
        body: { sessionId: "{{tg2faSessionId}}", password: "{{telegram2faPassword}}" },
        checks: ['pm.expect(body.data.userId).to.be.a("string")'],
      },
      {
        op: "telegramListDialogs",
        status: 200,
        auth: apiKey,
        headers: { "X-Session-ID": "{{tgSessionId}}" },
        checks: ["pm.expect(body.data.dialogs.length).to.be.above(0)"],
      },
      {
        op: "telegramPutWebhook",
        status: 200,
        auth: apiKey,
        path: { sessionId: "{{tgSessionId}}" },
        body: { url: "https://example.com/telegram-updates", secret: "a-long-random-secret-0123456789" },
      },
      { op: "telegramGetWebhook", status: 200, auth: apiKey, path: { sessionId: "{{tgSessionId}}" } },
      { op: "telegramDeleteWebhook", status: 200, auth: apiKey, path: { sessionId: "{{tgSessionId}}" } },
      {
        name: "Live updates without a WebSocket upgrade",
        op: "telegramUpdatesSocket",
        status: 426,
        auth: apiKey,
        headers: { "X-Session-ID": "{{tgSessionId}}" },
      },
      { op: "telegramDeleteSession", status: 200, auth: apiKey, path: { sessionId: "{{tgSessionId}}" } },
      {
        name: "Delete the 2FA session",
        op: "telegramDeleteSession",
        status: 200,
        auth: apiKey,
        path: { sessionId: "{{tg2faSessionId}}" },
      },
    ],
  },
  {
    name: "Admin",
    description:
      "The operator API for Telegram-proxy API keys (the adminToken variable holds ADMIN_TOKEN): create a key, list keys with usage, read one, revoke it.",
    steps: [
      {
        op: "adminCreateApiKey",
        status: 201,
        auth: admin,
        body: { name: "postman-partner" },
        capture: { adminKeyId: "body.data.id" },
      },
      { op: "adminListApiKeys", status: 200, auth: "admin" },
      { op: "adminGetApiKey", status: 200, auth: admin, path: { id: "{{adminKeyId}}" } },
      { op: "adminRevokeApiKey", status: 200, auth: admin, path: { id: "{{adminKeyId}}" } },
    ],
  },
  {
    name: "Sign out",
    description: "Last: the friend's device is signed out, then yours.",
    steps: [
      {
        name: "Sign the friend's device out",
        op: "revokeSession",
        status: 200,
        auth: friend,
        path: { sessionId: "{{friendSessionId}}" },
      },
      { op: "logout", status: 200 },
      { name: "Your token no longer works", op: "getMe", status: 401 },
    ],
  },
];

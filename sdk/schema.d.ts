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
         * @description Version, commit and a live check of every binding the Worker has (D1 query, KV read, R2 head, Queue send). 503 names what failed. Needs no token.
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
         * @description Whether the session has an open MTProto connection and a signed-in account. Does not call Telegram. A session of another API key answers 404.
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
    "/api/telegram-proxy/messages/poll/{chatId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a chat's messages
         * @description A page of the private chat's history (`messages.getHistory`), newest first. Pass `nextCursor` back as `cursor` for older messages. The session comes from the `X-Session-ID` header.
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
         * @description Sends a text message to a private chat (`messages.sendMessage`). With `clientMessageId`, a repeated call within 24 hours returns the first message instead of sending twice (the same id with another chat or text: 409 `CLIENT_MESSAGE_ID_REUSED`). The session comes from the `X-Session-ID` header.
         */
        post: operations["telegramSendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
             * @description Signed in to a Telegram account
             * @example true
             */
            authorized: boolean;
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
        TelegramMessagePage: {
            /** @description Newest first */
            messages: components["schemas"]["TelegramMessage"][];
            /**
             * @description Pass as `cursor` for older messages; null at the end
             * @example bTo0MQ
             */
            nextCursor: string | null;
        };
        TelegramMessage: {
            /** @example 42 */
            id: number;
            /**
             * @description The other side of the private chat (your own id for Saved Messages)
             * @example 5000001
             */
            chatId: string;
            /** @example 5000001 */
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
                /** @description `me` (Saved Messages), `@username`, or a numeric Telegram user id seen in earlier answers */
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
                /** @description `me` (Saved Messages), `@username`, or a numeric Telegram user id seen in earlier answers */
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
}

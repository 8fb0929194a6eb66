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
         * @description Sends a six-digit code to the phone by SMS. It is valid for 5 minutes and replaces any earlier code for that phone. The answer is the same whether or not the number has an account. Limits: one code per phone every 60 s, a daily cap per phone and an hourly cap per IP address; beyond them 429 with `Retry-After`. An invalid number answers 400 `INVALID_PHONE`.
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
         * @description Exchanges the code for an access token and a refresh token, creating the account on the first sign-in (`isNewUser`). Each sign-in is a session named after `device`. A code allows 5 attempts: a wrong code answers 400 `CODE_INVALID` with the attempts left; an expired, used or exhausted code answers 400 `CODE_EXPIRED` (request a new one).
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
         * @description Name, username and bio of any user. The phone number is included only if the caller has it in their phone book.
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
                        data: components["schemas"]["PublicUser"];
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
}

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
}

import { CALL_CLIENT_FRAME_TYPES } from "../../openapi/call-frames.ts";
import {
  type ClientFrame,
  ClientFrameSchema,
  type ErrorFrame,
  REALTIME_LIMITS,
} from "../../openapi/realtime-frames.ts";

import type { CallClientFrame } from "./call-frames.ts";

export type ParsedFrame = { ok: true; frame: ClientFrame } | { ok: false; error: ErrorFrame };

const refuse = (code: ErrorFrame["code"], message: string, details?: unknown): ParsedFrame => ({
  ok: false,
  error: details === undefined ? { type: "error", code, message } : { type: "error", code, message, details },
});

const tooLarge = (limit: number) => refuse("FRAME_TOO_LARGE", `Frames are at most ${limit} characters`);

const CALL_TYPES: ReadonlySet<string> = new Set(CALL_CLIENT_FRAME_TYPES);

export function isCallFrame<F extends ClientFrame>(frame: F): frame is Extract<F, CallClientFrame> {
  return CALL_TYPES.has(frame.type);
}

/**
 * A client's WebSocket message → a validated frame, or the `error` frame to answer with. Never
 * throws: a bad frame is the client's mistake, and the socket stays usable.
 */
export function parseClientFrame(data: string | ArrayBuffer): ParsedFrame {
  if (typeof data !== "string") return refuse("BINARY_NOT_SUPPORTED", "Frames are JSON text messages");
  // SDP makes call frames long: they get a larger limit, every other frame the usual one.
  if (data.length > REALTIME_LIMITS.maxCallFrameChars) return tooLarge(REALTIME_LIMITS.maxCallFrameChars);
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    if (data.length > REALTIME_LIMITS.maxFrameChars) return tooLarge(REALTIME_LIMITS.maxFrameChars);
    return refuse("MALFORMED_JSON", "The frame is not valid JSON");
  }
  const result = ClientFrameSchema.safeParse(json);
  if (result.success) {
    if (data.length > REALTIME_LIMITS.maxFrameChars && !isCallFrame(result.data)) {
      return tooLarge(REALTIME_LIMITS.maxFrameChars);
    }
    return { ok: true, frame: result.data };
  }
  if (data.length > REALTIME_LIMITS.maxFrameChars) return tooLarge(REALTIME_LIMITS.maxFrameChars);
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.join("."),
    message: issue.message,
    code: issue.code,
  }));
  return refuse("INVALID_FRAME", "Unknown or invalid frame", { issues });
}

/**
 * Counts one socket's frames in fixed windows: `hit` answers false once a window holds more
 * than the limit (the socket is then closed as flooding).
 */
export class FloodGate {
  private readonly limit: number;
  private readonly windowMs: number;
  private windowStart = 0;
  private count = 0;

  constructor(limit: number = REALTIME_LIMITS.floodFrames, windowMs: number = REALTIME_LIMITS.floodWindowMs) {
    this.limit = limit;
    this.windowMs = windowMs;
  }

  hit(now: number): boolean {
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now;
      this.count = 0;
    }
    this.count += 1;
    return this.count <= this.limit;
  }
}

/** One socket's typing frames per chat: at most one relayed per interval, the rest dropped. */
export class TypingThrottle {
  private readonly last = new Map<string, number>();
  private readonly intervalMs: number;

  constructor(intervalMs: number = REALTIME_LIMITS.typingMinIntervalMs) {
    this.intervalMs = intervalMs;
  }

  allow(chatId: string, now: number): boolean {
    const previous = this.last.get(chatId);
    if (previous !== undefined && now - previous < this.intervalMs) return false;
    // Bounded: a socket typing in very many chats forgets the oldest first.
    if (this.last.size >= 100) this.last.clear();
    this.last.set(chatId, now);
    return true;
  }
}

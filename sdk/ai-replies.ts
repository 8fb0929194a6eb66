// The assistant's streaming replies, as a realtime client sees them: aiDelta frames carry pieces of
// a reply's text with their offset; joining them in order gives the text so far. Frames are
// ephemeral, so a client that reconnects mid-reply seeds the text from the history (saved every
// few hundred ms) and goes on from there; the final text comes with the messageEdited update.
import type { components } from "./realtime-schema.d.ts";

export type AiDeltaFrame = components["schemas"]["AiDeltaFrame"];

/**
 * The reply's text after `frame`, given the text known so far: appended when the frame starts at
 * its end, unchanged for a repeat of text already known, and null for a frame past the end (some
 * were missed: read the message from the history, then seed with its text).
 */
export function applyAiDelta(known: string, frame: Pick<AiDeltaFrame, "offset" | "delta">): string | null {
  if (frame.offset === known.length) return known + frame.delta;
  if (frame.offset < known.length) {
    const end = frame.offset + frame.delta.length;
    // Overlapping: keep what is known, add what goes beyond it.
    return end <= known.length ? known : known.slice(0, frame.offset) + frame.delta;
  }
  return null;
}

/** The texts of the replies streaming now, by chat and seq. */
export class StreamingReplies {
  private readonly texts = new Map<string, string>();

  private static key(chatId: string, seq: number) {
    return `${chatId}:${seq}`;
  }

  /** Applies a frame; returns the text so far, or null when frames were missed (see applyAiDelta). */
  apply(frame: AiDeltaFrame): string | null {
    const key = StreamingReplies.key(frame.chatId, frame.seq);
    const text = applyAiDelta(this.texts.get(key) ?? "", frame);
    if (text !== null) this.texts.set(key, text);
    return text;
  }

  /** Starts from the text the history has (after a reconnect, or a null from apply). */
  seed(chatId: string, seq: number, text: string) {
    const key = StreamingReplies.key(chatId, seq);
    if ((this.texts.get(key) ?? "").length < text.length) this.texts.set(key, text);
  }

  text(chatId: string, seq: number): string | undefined {
    return this.texts.get(StreamingReplies.key(chatId, seq));
  }

  /** The reply ended (its messageEdited arrived): its final text is the message's. */
  end(chatId: string, seq: number) {
    this.texts.delete(StreamingReplies.key(chatId, seq));
  }
}

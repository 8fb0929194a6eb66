import type { AiDeltaFrame } from "../../../openapi/realtime-frames.ts";

/**
 * Sends a reply's deltas to its listeners one frame at a time, in order: text that arrives while
 * a frame is on its way is joined into the next one, so a slow socket never reorders or drops
 * text, and the frames' deltas always concatenate to the reply's text.
 */
export class DeltaPump {
  private pending = "";
  private pendingOffset = 0;
  private inFlight: Promise<void> | null = null;

  private readonly chatId: string;
  private readonly seq: number;
  private readonly send: (frame: AiDeltaFrame) => Promise<void>;

  constructor(chatId: string, seq: number, send: (frame: AiDeltaFrame) => Promise<void>) {
    this.chatId = chatId;
    this.seq = seq;
    this.send = send;
  }

  push(text: string, offset: number) {
    if (this.pending === "") this.pendingOffset = offset;
    this.pending += text;
    this.inFlight ??= this.pump();
  }

  /** Resolves once every pushed delta has been sent. */
  async flush() {
    await this.inFlight;
  }

  private async pump() {
    while (this.pending !== "") {
      const frame: AiDeltaFrame = {
        type: "aiDelta",
        chatId: this.chatId,
        seq: this.seq,
        offset: this.pendingOffset,
        delta: this.pending,
      };
      this.pending = "";
      try {
        await this.send(frame);
      } catch {
        // Ephemeral: a listener that cannot be reached reads the text from history.
      }
    }
    this.inFlight = null;
  }
}

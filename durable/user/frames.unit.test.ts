import { describe, expect, it } from "vitest";
import { FloodGate, parseClientFrame, TypingThrottle } from "./frames.ts";

describe("parseClientFrame", () => {
  it("accepts the four client frames", () => {
    expect(parseClientFrame('{"type":"sync","pts":3}')).toEqual({ ok: true, frame: { type: "sync", pts: 3 } });
    expect(parseClientFrame('{"type":"sync"}')).toEqual({ ok: true, frame: { type: "sync" } });
    expect(parseClientFrame('{"type":"ack","pts":1}')).toMatchObject({ ok: true });
    expect(parseClientFrame('{"type":"typing","chatId":"dlg_0123456789abcdef0123456789abcdef"}')).toMatchObject({
      ok: true,
    });
    expect(parseClientFrame('{"type":"ping"}')).toMatchObject({ ok: true });
  });

  it("answers bad frames with an error code", () => {
    const code = (data: string | ArrayBuffer) => {
      const parsed = parseClientFrame(data);
      return parsed.ok ? "ok" : parsed.error.code;
    };
    expect(code("{nope")).toBe("MALFORMED_JSON");
    expect(code('{"type":"launch"}')).toBe("INVALID_FRAME");
    expect(code('{"type":"ack","pts":0}')).toBe("INVALID_FRAME");
    expect(code('{"type":"sync","pts":1,"extra":true}')).toBe("INVALID_FRAME");
    expect(code("[]")).toBe("INVALID_FRAME");
    expect(code(`{"type":"ping","pad":"${"x".repeat(5000)}"}`)).toBe("FRAME_TOO_LARGE");
    expect(code(new ArrayBuffer(4))).toBe("BINARY_NOT_SUPPORTED");
  });
});

describe("FloodGate and TypingThrottle", () => {
  it("lets the limit through per window, then refuses until the next window", () => {
    const gate = new FloodGate(3, 1000);
    expect([gate.hit(0), gate.hit(1), gate.hit(2), gate.hit(3)]).toEqual([true, true, true, false]);
    expect(gate.hit(1000)).toBe(true);
  });

  it("relays one typing frame per chat per interval", () => {
    const throttle = new TypingThrottle(2000);
    expect(throttle.allow("a", 0)).toBe(true);
    expect(throttle.allow("a", 1999)).toBe(false);
    expect(throttle.allow("b", 1999)).toBe(true);
    expect(throttle.allow("a", 2000)).toBe(true);
  });
});

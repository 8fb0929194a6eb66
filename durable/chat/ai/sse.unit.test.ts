import { describe, expect, it } from "vitest";
import { sseData } from "./sse.ts";

const streamOf = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });

const all = async (body: ReadableStream<Uint8Array>) => {
  const out: string[] = [];
  for await (const data of sseData(body)) out.push(data);
  return out;
};

describe("sseData", () => {
  it("yields each event's data, whatever the chunk boundaries", async () => {
    const text = 'data: {"a":1}\n\ndata: {"b":2}\n\n: a comment\n\ndata: [DONE]\n\n';
    const whole = await all(streamOf(text));
    const split = await all(streamOf(...text.split("")));
    expect(whole).toEqual(['{"a":1}', '{"b":2}', "[DONE]"]);
    expect(split).toEqual(whole);
  });

  it("joins multi-line data, accepts CRLF, and keeps a character split across chunks", async () => {
    const bytes = new TextEncoder().encode("data: h\u00e9\r\ndata: llo\r\n\r\n");
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 9));
        controller.enqueue(bytes.slice(9));
        controller.close();
      },
    });
    expect(await all(body)).toEqual(["h\u00e9\nllo"]);
  });

  it("yields a last event that has no blank line after it", async () => {
    expect(await all(streamOf("data: one\n\ndata: two"))).toEqual(["one", "two"]);
  });
});

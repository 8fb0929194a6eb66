// Server-sent events as OpenAI-compatible servers (and Workers AI) send them: `data: …` lines,
// events separated by a blank line. Only `data` matters here; comments and other fields are skipped.

/** The data of each event of a byte stream, in order, as they complete. */
export async function* sseData(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  // A TextDecoder with stream: true keeps a character split across two chunks whole.
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let buffer = "";
  let data: string[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let newline = buffer.search(/\r?\n|\r/);
      while (newline >= 0) {
        const line = buffer.slice(0, newline);
        const eol = buffer[newline] === "\r" && buffer[newline + 1] === "\n" ? 2 : 1;
        buffer = buffer.slice(newline + eol);
        if (line === "") {
          if (data.length > 0) yield data.join("\n");
          data = [];
        } else if (line.startsWith("data:")) {
          data.push(line.slice(line[5] === " " ? 6 : 5));
        }
        newline = buffer.search(/\r?\n|\r/);
      }
    }
    // A last event not followed by a blank line still counts.
    if (buffer.startsWith("data:")) data.push(buffer.slice(buffer[5] === " " ? 6 : 5));
    if (data.length > 0) yield data.join("\n");
  } finally {
    reader.releaseLock();
  }
}

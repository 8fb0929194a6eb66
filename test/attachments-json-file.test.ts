import { describe, expect, it } from "vitest";
import { download, sha256Hex, upload } from "./helpers/attachments.ts";
import { users } from "./helpers/messaging.ts";

// The lone-surrogate check reads JSON request bodies of the API; an uploaded file sent as
// `application/json` is the user's bytes, streamed untouched, whatever escapes it holds.
describe("uploading a JSON file", () => {
  it("stores a .json file with a lone-surrogate escape byte for byte", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("no user");
    const bytes = new TextEncoder().encode('{"note":"half a pair: \\ud800"}');
    const stored = await upload(alice, bytes, "application/json", "notes.json");
    expect(stored).toMatchObject({ name: "notes.json", size: bytes.length, sha256: await sha256Hex(bytes) });
    const back = new Uint8Array(await (await download(alice, stored.id)).arrayBuffer());
    expect(new TextDecoder().decode(back)).toBe('{"note":"half a pair: \\ud800"}');
  });
});

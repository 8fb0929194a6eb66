import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { coturnCredentials } from "./ice-servers.ts";

describe("coturn's REST shared-secret scheme", () => {
  it("names the expiry and the user, and signs it the way coturn checks it", async () => {
    const secret = "a-shared-secret-of-the-turn-server";
    const make = coturnCredentials({ urls: ["turn:turn.example.com:3478"], secret });
    const [server] = await make("usr_ann", Date.UTC(2026, 0, 1), 3600);
    const expiry = Date.UTC(2026, 0, 1) / 1000 + 3600;
    expect(server?.username).toBe(`${expiry}:usr_ann`);
    // What coturn computes from its static-auth-secret (Node's own HMAC, not ours).
    expect(server?.credential).toBe(createHmac("sha1", secret).update(`${expiry}:usr_ann`).digest("base64"));
    expect(server?.urls).toEqual(["turn:turn.example.com:3478"]);
    const [other] = await make("usr_ann", Date.UTC(2026, 0, 1), 3600);
    const [wrong] = await coturnCredentials({ urls: ["turn:x"], secret: `${secret}!` })(
      "usr_ann",
      Date.UTC(2026, 0, 1),
      3600,
    );
    expect(other?.credential).toBe(server?.credential);
    expect(wrong?.credential).not.toBe(server?.credential);
  });
});

import { describe, expect, it } from "vitest";
import { loneSurrogateAt } from "./well-formed-text.ts";

describe("loneSurrogateAt", () => {
  it("finds a lone high or low surrogate anywhere in a body, by path", () => {
    expect(loneSurrogateAt({ text: "ok \ud800" })).toBe("text");
    expect(loneSurrogateAt({ contacts: [{ firstName: "A" }, { firstName: "\udc00B" }] })).toBe("contacts.1.firstName");
    expect(loneSurrogateAt({ "k\ud83d": 1 })).toBe("k\ud83d");
  });

  it("accepts paired surrogates (emoji) and plain text", () => {
    expect(loneSurrogateAt({ text: "👍🏽 héllo", n: 1, list: ["🇩🇪"], nested: { ok: null } })).toBeNull();
  });
});

/**
 * The rate-limit bucket of a request's client address.
 *
 * On Cloudflare the edge sets `CF-Connecting-IP` on every request from the internet and overwrites
 * any value a client sends, so it cannot be forged; it is absent only for requests that never
 * crossed the edge (local development, tests, a Worker calling us over a service binding). What
 * the header holds still decides how many buckets one subscriber owns:
 *  - IPv4: one bucket per address;
 *  - IPv6: one bucket per /64, the smallest block a subscriber is given (one home or phone holds
 *    2^64 addresses, so a per-address limit would not limit anyone);
 *  - missing or not an address: one shared bucket, "unknown", so an odd value can never mint a
 *    fresh budget (it fails closed: everyone without an address shares one limit).
 */
export function clientIpBucket(header: string | null | undefined): string {
  const value = header?.trim() ?? "";
  const v4 = ipv4(value);
  if (v4) return v4;
  const v6 = ipv6Groups(value);
  if (v6) {
    // An IPv4-mapped IPv6 address (::ffff:a.b.c.d) is that IPv4 client.
    const [, , , , , mapped, high = 0, low = 0] = v6;
    if (v6.slice(0, 5).every((g) => g === 0) && mapped === 0xffff) {
      return [high >> 8, high & 255, low >> 8, low & 255].join(".");
    }
    return `${v6
      .slice(0, 4)
      .map((g) => g.toString(16))
      .join(":")}::/64`;
  }
  return "unknown";
}

function ipv4(value: string): string | null {
  const parts = value.split(".");
  if (parts.length !== 4) return null;
  // No leading zeros: "010.1.1.1" is octal to some parsers and decimal to others.
  if (!parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255)) return null;
  return parts.map(Number).join(".");
}

/** The eight 16-bit groups of an IPv6 address (with :: and a trailing dotted quad), or null. */
function ipv6Groups(value: string): number[] | null {
  if (value.length > 45 || !/^[0-9a-fA-F:.]+$/.test(value)) return null;
  let text = value;
  if (text.includes(".")) {
    // A trailing dotted quad is the last two groups: rewrite it as such.
    const lastColon = text.lastIndexOf(":");
    const quad = ipv4(text.slice(lastColon + 1));
    if (!quad) return null;
    const [a = 0, b = 0, c = 0, d = 0] = quad.split(".").map(Number);
    text = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const parse = (half: string | undefined) => (half ? half.split(":") : []);
  const head = parse(halves[0]);
  const rest = parse(halves[1]);
  if (![...head, ...rest].every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return null;
  const given = head.length + rest.length;
  if (halves.length === 1 ? given !== 8 : given >= 8) return null;
  const zeros = new Array<string>(8 - given).fill("0");
  return [...head, ...zeros, ...rest].map((g) => Number.parseInt(g, 16));
}

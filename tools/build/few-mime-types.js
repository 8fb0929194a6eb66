// Stands in for `mime` (its full type table, ~40 KiB) in the Worker bundle (see `alias` in
// wrangler.toml). GramJS asks it only to guess a file's type from its name, or an extension from
// a type, when it uploads or names media; the proxy sends and polls text, so a short table of the
// common media types answers what could be asked (as mime would: its first extension first), and
// anything else is unknown (null).
export const COMMON_TYPES = {
  "image/jpeg": ["jpeg", "jpg"],
  "image/png": ["png"],
  "image/gif": ["gif"],
  "image/webp": ["webp"],
  "video/mp4": ["mp4"],
  "video/webm": ["webm"],
  "video/quicktime": ["qt", "mov"],
  "audio/mpeg": ["mpga", "mp3"],
  "audio/ogg": ["oga", "ogg"],
  "audio/mp4": ["m4a"],
  "audio/wav": ["wav"],
  "application/pdf": ["pdf"],
  "text/plain": ["txt"],
  "application/json": ["json"],
  "application/zip": ["zip"],
};
const typeOfExtension = Object.fromEntries(
  Object.entries(COMMON_TYPES).flatMap(([type, extensions]) => extensions.map((ext) => [ext, type])),
);

const mime = {
  /** @param {string} path */
  getType(path) {
    const ext =
      String(path)
        .toLowerCase()
        .split(/[./\\]/)
        .pop() ?? "";
    return typeOfExtension[ext] ?? null;
  },
  /** @param {string} type */
  getExtension(type) {
    return COMMON_TYPES[String(type).toLowerCase().split(";")[0].trim()]?.[0] ?? null;
  },
};
export default mime;

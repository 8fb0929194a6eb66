/** The BIG Gateway icon, an SVG: served by the Worker at /favicon.ico and copied into the docs portal. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#1c1e21"/><text x="32" y="43" font-family="system-ui,sans-serif" font-size="24" font-weight="700" fill="#fff" text-anchor="middle">BIG</text></svg>`;

// Stands in for `socks` in the Worker bundle (see `alias` in wrangler.toml). GramJS requires it
// for a SOCKS proxy only (telegram/extensions/PromisedNetSockets.js, when a `proxy` is given); the
// proxy connects through its own socket class over cloudflare:sockets and never sets one.
export const SocksClient = {
  createConnection() {
    throw new Error("SOCKS proxies are not in this bundle (see tools/build/no-socks.js)");
  },
};

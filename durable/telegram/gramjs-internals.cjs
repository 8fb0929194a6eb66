// The two GramJS internals the proxy touches, reached with `require` on purpose: they must be the
// very module instances GramJS itself requires. An ESM `import "telegram/…"` can be loaded as a
// second copy by the test runner (vitest inlines ESM imports of CommonJS files), and changes made
// to that copy would never be seen by the client.

// The map of trusted DC RSA keys (fingerprint → {n, e}) the auth-key exchange looks keys up in.
const { _serverKeys } = require("telegram/crypto/RSA");

// When a DC answers a message with the transport error -404 ("I do not know this auth key", e.g.
// a restarted loopback DC, or a key Telegram destroyed), GramJS only logs it and stops reading,
// so the request in flight (often the initConnection inside connect()) waits forever. Fail those
// requests with AUTH_KEY_INVALID instead, so the session is shown signed out and can log in again.
const { MTProtoSender } = require("telegram/network/MTProtoSender");

const original = MTProtoSender.prototype._handleBadAuthKey;
if (!original.__bigGatewayPatched) {
  const patched = function (shouldSkipForMain = false) {
    if (!(shouldSkipForMain && this._isMainSender)) {
      const error = Object.assign(new Error("AUTH_KEY_INVALID"), { errorMessage: "AUTH_KEY_INVALID", code: 401 });
      for (const state of this._pendingState.values()) state.reject(error);
      this._pendingState.clear();
    }
    return original.call(this, shouldSkipForMain);
  };
  patched.__bigGatewayPatched = true;
  MTProtoSender.prototype._handleBadAuthKey = patched;
}

module.exports = { serverKeys: _serverKeys };

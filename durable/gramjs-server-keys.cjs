// GramJS's map of trusted DC RSA keys, reached with `require` on purpose: the module must be the
// very instance GramJS's Authenticator requires. An ESM `import "telegram/crypto/RSA.js"` can be
// loaded as a second copy by the test runner (vitest inlines ESM imports of CommonJS files), and
// keys added to that copy would never be seen by the handshake.
module.exports = { serverKeys: require("telegram/crypto/RSA")._serverKeys };

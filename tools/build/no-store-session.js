// Stands in for `store2` and `node-localstorage` in the Worker bundle (see `alias` in
// wrangler.toml). GramJS requires them for StoreSession only (a session kept in files or
// localStorage, with graceful-fs and write-file-atomic behind it); the proxy keeps each session in
// its object's storage as a StringSession and never builds one. Refuses loudly should that change.
const off = (..._args) => {
  throw new Error("GramJS StoreSession is not in this bundle (see tools/build/no-store-session.js)");
};
export class LocalStorage {
  constructor() {
    off();
  }
}
export default { area: off, namespace: off };

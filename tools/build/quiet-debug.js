// Stands in for `debug` in the Worker bundle (see `alias` in wrangler.toml): file-type's zip
// reader (@tokenizer/inflate) logs through it, and only when DEBUG names it, which a Worker never
// sets. A logger that is never enabled, with the parts of debug's API its callers touch.
/** @param {string} [_namespace] */
function createDebug(_namespace) {
  const log = (..._args) => {};
  log.enabled = false;
  log.extend = (/** @type {string} */ _suffix) => createDebug();
  return log;
}
createDebug.enable = () => {};
createDebug.disable = () => "";
createDebug.enabled = () => false;
export default createDebug;

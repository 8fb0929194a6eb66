// Stands in for `js-yaml` in the Worker bundle (see `alias` in wrangler.toml). chanfana needs it
// only to serve its own openapi.yaml, which the admin API turns off (`openapi_url: null` in
// api/admin/routes.ts): the one document is /openapi.json. Refuses loudly should that change.
const off = (..._args) => {
  throw new Error("js-yaml is not in this bundle (see tools/build/no-yaml.js)");
};
export default { dump: off, load: off };
export const dump = off;
export const load = off;

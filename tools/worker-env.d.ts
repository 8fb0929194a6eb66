// Node tools that reuse the Worker's config rules (tools/deploy-checks.ts imports api/env.ts) see
// the Worker's `Env` as a plain object: they pass vars, never bindings. The real `Env`
// (worker-configuration.d.ts) belongs to the Worker's tsconfig.json.
type Env = object;

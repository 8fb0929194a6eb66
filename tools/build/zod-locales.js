// Stands in for zod's `locales` namespace in the Worker bundle (see `alias` in wrangler.toml).
// zod's English messages come from its own `locales/en.js`, imported separately; nothing here
// uses `z.locales`. An empty namespace keeps ~400 KiB of other languages out of the bundle.
export {};

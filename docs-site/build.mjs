// Builds the static docs portal (docs.iambig.ai) into docs-site/dist:
//  - one page per guide in docs-site/guides/*.md (front line "# Title" is the page title)
//  - reference.html: the API reference (Scalar) over the committed openapi/openapi.json
// Everything is self-contained: Scalar's bundle is copied beside the pages, no CDN, no fonts.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { marked } from "marked";
import sharedScalarConfig from "../openapi/scalar-config.json" with { type: "json" };
import { buildCollection } from "../tools/postman/collection.mjs";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const dist = here("./dist/");
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const guides = readdirSync(here("./guides/"))
  .filter((name) => name.endsWith(".md"))
  .sort()
  .map((file) => {
    const markdown = readFileSync(here(`./guides/${file}`), "utf8");
    const title = markdown.match(/^# (.+)$/m)?.[1] ?? file;
    const slug = file.replace(/^\d+-/, "").replace(/\.md$/, "");
    return { slug, title, html: marked.parse(markdown) };
  });

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
const nav = [
  ...guides.map((g) => `<a href="${g.slug === "index" ? "index" : g.slug}.html">${escapeHtml(g.title)}</a>`),
  '<a href="reference.html">API reference</a>',
  '<a href="big-gateway.postman_collection.json" download>Postman collection</a>',
].join("\n");

const style = `body{margin:0;font:16px/1.6 system-ui,sans-serif;color:#1c1e21;display:flex}
nav{width:240px;min-height:100vh;padding:24px;background:#f5f6f7;box-sizing:border-box}
nav a{display:block;color:#1c1e21;text-decoration:none;padding:4px 0}nav a:hover{text-decoration:underline}
nav strong{display:block;margin-bottom:16px}main{max-width:820px;padding:24px 48px}
pre{background:#f5f6f7;padding:12px;overflow:auto;border-radius:6px}code{font-size:14px}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left}`;

const page = (title, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · BIG Gateway</title><style>${style}</style></head>
<body><nav><strong>BIG Gateway</strong>${nav}</nav><main>${body}</main></body></html>\n`;

for (const guide of guides) writeFileSync(`${dist}${guide.slug}.html`, page(guide.title, guide.html));

copyFileSync(here("../openapi/openapi.json"), `${dist}openapi.json`);
copyFileSync(
  fileURLToPath(new URL("./browser/standalone.js", import.meta.resolve("@scalar/api-reference"))),
  `${dist}scalar.js`,
);
const scalarConfig = { ...sharedScalarConfig, url: "openapi.json" };
writeFileSync(`${dist}reference-init.js`, `Scalar.createApiReference("#app", ${JSON.stringify(scalarConfig)});\n`);
writeFileSync(
  `${dist}reference.html`,
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>API reference · BIG Gateway</title></head>
<body><div id="app"></div><script src="scalar.js"></script><script src="reference-init.js"></script></body></html>\n`,
);
writeFileSync(`${dist}big-gateway.postman_collection.json`, `${JSON.stringify(buildCollection(), null, 2)}\n`);
console.log(`docs-site/dist: ${guides.length} guides + reference.html + the Postman collection`);

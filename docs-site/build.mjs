// Builds the static docs portal (docs.iambig.ai) into docs-site/dist, deployable as Workers static
// assets (docs-site/wrangler.toml; `npm run docs` serves it locally):
//  - one page per guide in docs-site/guides/*.md ("# Title" is the page title); links between
//    guides ("20-errors.md") become links between pages ("errors.html")
//  - index.html: 00-index.md, with the list of every other guide where it says <!-- guides -->
//  - reference.html: the API reference (Scalar) with the OpenAPI document inlined, so it also
//    works opened from disk; openapi.json, asyncapi.json and the Postman collection beside it
// Everything is self-contained: Scalar's bundle is copied beside the pages, no CDN, no fonts.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { marked } from "marked";
import { FAVICON_SVG } from "../api/docs/favicon.ts";
import sharedScalarConfig from "../openapi/scalar-config.json" with { type: "json" };
import { buildCollection } from "../tools/postman/collection.mjs";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const dist = here("./dist/");
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const GUIDE_LIST_MARKER = "<!-- guides -->";
const slugOf = (file) => file.replace(/^\d+-/, "").replace(/\.md$/, "");
const pageOf = (file) => `${slugOf(file)}.html`;

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

const guides = readdirSync(here("./guides/"))
  .filter((name) => name.endsWith(".md"))
  .sort()
  .map((file) => {
    const markdown = readFileSync(here(`./guides/${file}`), "utf8");
    const title = markdown.match(/^# (.+)$/m)?.[1] ?? file;
    // The first paragraph after the title, for the home page's list.
    const summary =
      markdown
        .split(/\n\s*\n/)
        .find((block) => block.trim() && !block.startsWith("#"))
        ?.trim() ?? "";
    return { file, page: pageOf(file), title, summary, markdown };
  });

const home = guides.find((guide) => guide.page === "index.html");
if (!home?.markdown.includes(GUIDE_LIST_MARKER)) throw new Error(`00-index.md must contain ${GUIDE_LIST_MARKER}`);
const guideList = guides
  .filter((guide) => guide !== home)
  .map((guide) => `- [${guide.title}](${guide.file}): ${guide.summary.replace(/\s+/g, " ")}`)
  .join("\n");

// "30-sign-in.md#tokens" → "sign-in.html#tokens"; a link to a guide that does not exist fails the build.
function linkGuides(markdown, from) {
  return markdown.replace(/\]\((\d+-[\w-]+\.md)(#[\w-]+)?\)/g, (_, file, anchor = "") => {
    if (!guides.some((guide) => guide.file === file)) throw new Error(`${from} links to a missing guide ${file}`);
    return `](${pageOf(file)}${anchor})`;
  });
}

const nav = [
  ...guides.map((g) => `<a href="${g.page}">${escapeHtml(g.title)}</a>`),
  '<a href="reference.html">API reference</a>',
  '<a href="big-gateway.postman_collection.json" download>Postman collection</a>',
].join("\n");

const style = `body{margin:0;font:16px/1.6 system-ui,sans-serif;color:#1c1e21;display:flex}
nav{width:240px;min-height:100vh;padding:24px;background:#f5f6f7;box-sizing:border-box;flex-shrink:0}
nav a{display:block;color:#1c1e21;text-decoration:none;padding:4px 0}nav a:hover{text-decoration:underline}
nav strong{display:block;margin-bottom:16px}main{max-width:820px;padding:24px 48px;min-width:0}
pre{background:#f5f6f7;padding:12px;overflow:auto;border-radius:6px}code{font-size:14px}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left}`;

const head = (title) => `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · BIG Gateway</title><link rel="icon" href="favicon.svg" type="image/svg+xml">`;

const page = (title, body) => `<!doctype html>
<html lang="en"><head>${head(title)}<style>${style}</style></head>
<body><nav><strong><a href="index.html">BIG Gateway</a></strong>${nav}</nav><main>${body}</main></body></html>\n`;

// Every guide ends with the way on: the next guide and the reference.
const footer = (index) => {
  const next = guides[index + 1];
  const links = [
    ...(next ? [`Next: <a href="${next.page}">${escapeHtml(next.title)}</a>`] : []),
    '<a href="reference.html">API reference</a>',
  ];
  return `<hr><p>${links.join(" · ")}</p>`;
};

guides.forEach((guide, index) => {
  const markdown = guide === home ? guide.markdown.replace(GUIDE_LIST_MARKER, guideList) : guide.markdown;
  const body = marked.parse(linkGuides(markdown, guide.file)) + footer(index);
  writeFileSync(`${dist}${guide.page}`, page(guide.title, body));
});
writeFileSync(
  `${dist}404.html`,
  page("Not found", '<h1>Not found</h1><p>No such page. Start at the <a href="index.html">home page</a>.</p>'),
);
writeFileSync(`${dist}favicon.svg`, FAVICON_SVG);

const specText = readFileSync(here("../openapi/openapi.json"), "utf8");
writeFileSync(`${dist}openapi.json`, specText);
copyFileSync(here("../asyncapi/asyncapi.json"), `${dist}asyncapi.json`);
copyFileSync(
  fileURLToPath(new URL("./browser/standalone.js", import.meta.resolve("@scalar/api-reference"))),
  `${dist}scalar.js`,
);
// The document is inlined (`content`): fetching openapi.json fails on file:// pages.
const scalarConfig = { ...sharedScalarConfig, content: JSON.parse(specText) };
writeFileSync(`${dist}reference-init.js`, `Scalar.createApiReference("#app", ${JSON.stringify(scalarConfig)});\n`);
// A bar above the reference leads back to the guides (Scalar's page has no links of its own).
const bar = `<header style="font:14px system-ui,sans-serif;padding:8px 16px;border-bottom:1px solid #ddd">
<a href="index.html">BIG Gateway guides</a> · <a href="quickstart.html">Quickstart</a> · <a href="errors.html">Errors</a> ·
<a href="openapi.json" download>openapi.json</a> · <a href="big-gateway.postman_collection.json" download>Postman collection</a></header>`;
writeFileSync(
  `${dist}reference.html`,
  `<!doctype html><html lang="en"><head>${head("API reference")}</head>
<body>${bar}<div id="app"></div><script src="scalar.js"></script><script src="reference-init.js"></script></body></html>\n`,
);
writeFileSync(`${dist}big-gateway.postman_collection.json`, `${JSON.stringify(buildCollection(), null, 2)}\n`);
console.log(
  `docs-site/dist: ${guides.length} guides + reference.html + openapi.json, asyncapi.json, the Postman collection`,
);

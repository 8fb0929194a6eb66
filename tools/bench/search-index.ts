// The search index alone, for `npm run bench`: the ChatDO's own domain modules (ChatFeatures,
// searchMessages) over node:sqlite, in this process, with no HTTP or runtime in the way. It fills
// one chat with `messages` sends (each in its own transaction, triggers and all, as in the
// object) and times searches. Figures only; nothing here asserts a time.
import { ChatFeatures } from "../../durable/chat/features.ts";
import { ensureFeaturesSchema } from "../../durable/chat/features-schema.ts";
import { CHAT_SCHEMA } from "../../durable/chat/schema.ts";
import { searchMessages } from "../../durable/chat/search.ts";
import { nodeSqlStorage } from "../../durable/sql/node-sqlite.ts";
import { benchQueries, benchTexts } from "./search-corpus.ts";

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (value: number) => Number(value.toFixed(3));

export function measureSearchIndex({ messages, repeats = 50 }: { messages: number; repeats?: number }) {
  const sql = nodeSqlStorage();
  sql.exec(CHAT_SCHEMA);
  ensureFeaturesSchema(sql);
  const store = new ChatFeatures(sql);
  sql.transactionSync(() => store.createGroup("grp_bench", "usr_bench", "Bench", ["usr_other"], 10));
  const texts = benchTexts(messages);
  let started = performance.now();
  texts.forEach((text, i) => {
    sql.transactionSync(() => store.send("usr_bench", { clientMessageId: `b${i}`, text, attachments: [] }, null));
  });
  const sendsPerSecond = Math.round(messages / ((performance.now() - started) / 1000));
  const bytes = sql
    .exec<{ bytes: number }>("SELECT page_count * page_size AS bytes FROM pragma_page_count(), pragma_page_size()")
    .one().bytes;
  const queries: Record<string, unknown> = {};
  for (const order of ["relevance", "recent"] as const) {
    for (const [name, query] of Object.entries(benchQueries)) {
      const times: number[] = [];
      let hits = 0;
      for (let i = 0; i < repeats; i++) {
        started = performance.now();
        hits = searchMessages(store.access, "usr_other", { q: query.q, order, limit: 20, offset: 0 }).hits.length;
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      queries[`${name}:${order}`] = {
        ...query,
        order,
        hits,
        msP50: round(percentile(times, 50)),
        msP99: round(percentile(times, 99)),
      };
    }
  }
  sql.close();
  return {
    what: "the ChatDO's search module over node:sqlite in the bench process (no HTTP, no workerd)",
    messages,
    sendsPerSecond,
    databaseMegabytes: round(bytes / 1_048_576),
    queries,
  };
}

import { fakeClock } from "../clock.ts";
import { DomainRefusal } from "../outcome.ts";
import { nodeSqlStorage } from "../sql/node-sqlite.ts";
import { ChatFeatures } from "./features.ts";
import { ensureFeaturesSchema } from "./features-schema.ts";
import { CHAT_SCHEMA } from "./schema.ts";

// For the Node unit tests of the feature modules only: one group chat over node:sqlite with a
// fake clock, driven the way ChatDO drives it (every write in one transaction).

export const UNIT_CHAT_ID = "grp_features_unit";

export function unitChat(owner = "usr_a", others = ["usr_b", "usr_c"]) {
  const clock = fakeClock();
  const sql = nodeSqlStorage();
  sql.exec(CHAT_SCHEMA);
  ensureFeaturesSchema(sql);
  const store = new ChatFeatures(sql, clock);
  sql.transactionSync(() => store.createGroup(UNIT_CHAT_ID, owner, "Unit group", others, 100));
  let n = 0;
  const send = (userId: string, text: string) => {
    n += 1;
    clock.advance(1000);
    const input = { clientMessageId: `c${n}`, text, attachments: [] };
    return sql.transactionSync(() => store.send(userId, input, null)).message.seq;
  };
  return { clock, sql, store, access: store.access, send };
}

/** The status of the refusal `work` throws (and a failure if it throws none). */
export function statusOf(work: () => unknown): number {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainRefusal) return error.status;
    throw error;
  }
  throw new Error("expected a refusal");
}

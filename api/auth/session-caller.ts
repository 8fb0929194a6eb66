// A type of its own file: api/env.ts names it without pulling the D1 store into Node's typecheck.

/** What the session check learns of its caller, in its one statement. */
export type SessionCaller = {
  /** Whether anyone blocked the caller: a dialog send or call checks the partner only then. */
  blockedByAnyone: boolean;
};

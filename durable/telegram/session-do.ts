// One Telegram session = one Durable Object holding one GramJS client. This class is the thin
// shell the runtime sees; the work lives in session.ts, imported on first use:
// loading GramJS costs ~70 ms of CPU (measured with `wrangler check startup`: 27 → 95 ms), which
// every cold start of the Worker would otherwise pay, Telegram or not.
import { DurableObject } from "cloudflare:workers";
import type { TelegramSession } from "./session.ts";

type Args<K extends keyof TelegramSession> = TelegramSession[K] extends (...args: infer A) => unknown ? A : never;

export class TelegramSessionDO extends DurableObject<Env> {
  private core: Promise<TelegramSession> | undefined;

  private session(): Promise<TelegramSession> {
    this.core ??= import("./session.ts").then(({ TelegramSession }) => new TelegramSession(this.ctx, this.env));
    return this.core;
  }

  // Workers RPC exposes prototype methods only: one small method per call, each delegating.
  async create(...args: Args<"create">) {
    return (await this.session()).create(...args);
  }
  async status(...args: Args<"status">) {
    return (await this.session()).status(...args);
  }
  async sendCode(...args: Args<"sendCode">) {
    return (await this.session()).sendCode(...args);
  }
  async verifyCode(...args: Args<"verifyCode">) {
    return (await this.session()).verifyCode(...args);
  }
  async checkPassword(...args: Args<"checkPassword">) {
    return (await this.session()).checkPassword(...args);
  }
  async poll(...args: Args<"poll">) {
    return (await this.session()).poll(...args);
  }
  async dialogs(...args: Args<"dialogs">) {
    return (await this.session()).dialogs(...args);
  }
  async send(...args: Args<"send">) {
    return (await this.session()).send(...args);
  }
  async destroy(...args: Args<"destroy">) {
    return (await this.session()).destroy(...args);
  }

  override async alarm() {
    await (await this.session()).alarm();
  }
}

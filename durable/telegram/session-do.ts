// One Telegram session = one Durable Object holding one GramJS client. This class is the thin
// shell the runtime sees; the work lives in session.ts, imported on first use:
// loading GramJS costs ~70 ms of CPU (measured with `wrangler check startup`: 27 → 95 ms), which
// every cold start of the Worker would otherwise pay, Telegram or not.
import { DurableObject } from "cloudflare:workers";
import { TELEGRAM_OWNER_HEADER } from "./rpc.ts";
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
  async revoke(...args: Args<"revoke">) {
    return (await this.session()).revoke(...args);
  }

  async setWebhook(...args: Args<"setWebhook">) {
    return (await this.session()).setWebhook(...args);
  }
  async webhook(...args: Args<"webhook">) {
    return (await this.session()).webhook(...args);
  }
  async deleteWebhook(...args: Args<"deleteWebhook">) {
    return (await this.session()).deleteWebhook(...args);
  }
  async webhookFailed(...args: Args<"webhookFailed">) {
    return (await this.session()).webhookFailed(...args);
  }

  /** GET /updates/ws, forwarded by the Worker with the calling key in TELEGRAM_OWNER_HEADER. */
  override async fetch(request: Request) {
    const owner = request.headers.get(TELEGRAM_OWNER_HEADER);
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket" || !owner) {
      return new Response("expected a WebSocket upgrade from the Worker", { status: 400 });
    }
    return (await this.session()).acceptUpdatesSocket(owner);
  }

  // The updates socket only sends; whatever a client sends is ignored.
  override webSocketMessage() {}

  override webSocketClose(socket: WebSocket) {
    // Nothing else to do: once no socket (or webhook) listens, the alarm lets the connection idle out.
    try {
      socket.close(1000, "bye");
    } catch {
      // Already closed.
    }
  }

  override async alarm() {
    await (await this.session()).alarm();
  }
}

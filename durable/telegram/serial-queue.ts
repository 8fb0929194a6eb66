/**
 * Runs async jobs one at a time, in arrival order. A Durable Object handles concurrent calls
 * interleaved at every await; one Telegram session must not (two sign-ins or a send during a
 * reconnect would race on the same client and session string).
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.tail.then(job, job);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

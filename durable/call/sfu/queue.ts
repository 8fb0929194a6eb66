/**
 * Runs work one at a time per key, in arrival order. The SFU wants the mutations of one session
 * serialized (an offer must be answered before the next change), and a Durable Object interleaves
 * requests at every await: two requests of one device could otherwise race on its SFU session.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(work);
    this.tails.set(key, next);
    const forget = () => {
      if (this.tails.get(key) === next) this.tails.delete(key);
    };
    next.then(forget, forget);
    return next;
  }
}

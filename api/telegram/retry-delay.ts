/** Seconds before a failed webhook post is tried again: 10, 20, 40, 80… (capped at 10 minutes). */
export const retryDelaySeconds = (attempts: number) => Math.min(600, 10 * 2 ** Math.max(0, attempts - 1));

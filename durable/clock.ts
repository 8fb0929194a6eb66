// Time, injected: domain modules take a Clock instead of calling Date.now(), so their unit tests
// (in Node, durable/**/*.unit.test.ts) move time by hand instead of sleeping.

/** Milliseconds since the epoch, like Date.now(). */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

/** A clock that stands still until a test moves it. */
export type FakeClock = Clock & { set(ms: number): void; advance(ms: number): void };

export function fakeClock(startMs = Date.UTC(2026, 0, 1)): FakeClock {
  let current = startMs;
  const clock = (() => current) as FakeClock;
  clock.set = (ms) => {
    current = ms;
  };
  clock.advance = (ms) => {
    current += ms;
  };
  return clock;
}

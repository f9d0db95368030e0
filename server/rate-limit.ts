/** A token bucket: `burst` messages at once, refilled at `perSecond`; the clock is passed in. */

/** The bucket's size and refill rate. */
export interface RateLimit {
  readonly burst: number;
  readonly perSecond: number;
}

/** Lets a browser's burst of candidates through (100+ at once) and 50+ messages per second sustained. */
export const defaultRateLimit: RateLimit = { burst: 200, perSecond: 100 };

/** One connection's bucket; `take()` is false once the sender is over its limit. */
export interface TokenBucket {
  take(): boolean;
}

/** A full bucket that refills on the clock `now` (milliseconds). */
export function createTokenBucket(limit: RateLimit, now: () => number): TokenBucket {
  let tokens = limit.burst;
  let last = now();
  return {
    take() {
      const at = now();
      tokens = Math.min(limit.burst, tokens + ((at - last) / 1000) * limit.perSecond);
      last = at;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

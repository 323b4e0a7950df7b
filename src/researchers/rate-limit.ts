/**
 * A fixed-window counter: at most `limit` uses per key in each window of
 * `windowMs`. Kept in the process's memory, so with several app instances
 * each counts on its own (docs/researchers.md). Pure apart from the map it
 * holds; the caller passes the time.
 */
export interface RateDecision {
  allowed: boolean;
  /** Uses left in this window after this one. */
  remaining: number;
  /** Whole seconds until the window resets (for Retry-After); at least 1. */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  take(key: string, now?: number): RateDecision;
}

export function createRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = 0;
  return {
    take(key, now = Date.now()) {
      // Drop finished windows now and then, so keys that stopped coming do not pile up.
      if (now - lastSweep > windowMs) {
        for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
        lastSweep = now;
      }
      let window = windows.get(key);
      if (!window || now - window.start >= windowMs) {
        window = { start: now, count: 0 };
        windows.set(key, window);
      }
      const retryAfterSeconds = Math.max(1, Math.ceil((window.start + windowMs - now) / 1000));
      if (window.count >= limit) return { allowed: false, remaining: 0, retryAfterSeconds };
      window.count += 1;
      return { allowed: true, remaining: limit - window.count, retryAfterSeconds };
    },
  };
}

/** A positive whole number from the environment, or the fallback. */
export function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

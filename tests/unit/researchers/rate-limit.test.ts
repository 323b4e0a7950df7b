import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRateLimiter, positiveInt } from '../../../src/researchers/rate-limit';

describe('the rate limit window', () => {
  it('allows `limit` uses a window per key, then refuses with the seconds left', () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000 });
    const t0 = 1_000_000;
    assert.deepEqual([0, 1, 2].map((i) => limiter.take('a', t0 + i).remaining), [2, 1, 0]);
    const refused = limiter.take('a', t0 + 20_000);
    assert.deepEqual(refused, { allowed: false, remaining: 0, retryAfterSeconds: 40 });
    assert.ok(limiter.take('b', t0 + 20_000).allowed, 'keys count apart');
  });

  it('opens a new window once the old one has passed', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 });
    assert.ok(limiter.take('a', 0).allowed);
    assert.ok(!limiter.take('a', 59_999).allowed);
    assert.equal(limiter.take('a', 59_999).retryAfterSeconds, 1);
    assert.ok(limiter.take('a', 60_000).allowed);
  });

  it('reads a positive whole number from the environment, else the fallback', () => {
    assert.equal(positiveInt('30', 120), 30);
    for (const bad of [undefined, '', '0', '-5', '2.5', 'many']) assert.equal(positiveInt(bad, 120), 120);
  });
});

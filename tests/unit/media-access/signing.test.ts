import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signPath, verifySignedPath } from '../../../src/media-access/signing';

const secret = 'test-secret';
const now = Date.UTC(2026, 10, 29, 12, 0, 0);

function parse(url: string) {
  const [path, query] = url.split('?');
  const params = new URLSearchParams(query);
  return { path, exp: params.get('exp'), sig: params.get('sig') };
}

describe('signed media URLs', () => {
  it('a fresh signature is valid until it expires', () => {
    const url = parse(signPath({ secret, path: '/media/s/a/b.m3u8', ttlSeconds: 60, now }));
    assert.equal(verifySignedPath({ secret, ...url, now }), 'valid');
    assert.equal(verifySignedPath({ secret, ...url, now: now + 59_000 }), 'valid');
    assert.equal(verifySignedPath({ secret, ...url, now: now + 61_000 }), 'expired');
  });

  it('a changed path, expiry, secret or signature is invalid', () => {
    const url = parse(signPath({ secret, path: '/media/s/a/b.m3u8', now }));
    assert.equal(verifySignedPath({ secret, ...url, path: '/media/s/a/c.m3u8', now }), 'invalid');
    assert.equal(verifySignedPath({ secret, ...url, exp: Number(url.exp) + 3600, now }), 'invalid');
    assert.equal(verifySignedPath({ secret: 'other', ...url, now }), 'invalid');
    assert.equal(verifySignedPath({ secret, ...url, sig: `${url.sig}x`, now }), 'invalid');
    assert.equal(verifySignedPath({ secret, path: url.path, exp: undefined, sig: undefined, now }), 'invalid');
  });
});

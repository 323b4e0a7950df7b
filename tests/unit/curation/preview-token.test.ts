import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PREVIEW_TTL_SECONDS, isValidPreview, previewKey, signPreview, type PreviewTarget } from '../../../src/curation/preview/token';

const key = previewKey('admin-secret');
const target: PreviewTarget = { type: 'festival', documentId: 'abc123', locale: 'vi', status: 'draft' };
const now = Date.UTC(2026, 11, 7, 8);

describe('preview tokens', () => {
  it('open the record they were made for, until they expire', () => {
    const token = signPreview(key, target, now);
    assert.equal(isValidPreview(key, target, token, now), true);
    assert.equal(isValidPreview(key, target, token, now + (PREVIEW_TTL_SECONDS - 1) * 1000), true);
    assert.equal(isValidPreview(key, target, token, now + (PREVIEW_TTL_SECONDS + 1) * 1000), false);
  });

  const token = signPreview(key, target, now);
  const others: Array<[string, Partial<PreviewTarget>]> = [
    ['another record', { documentId: 'abc124' }],
    ['another type', { type: 'custom' }],
    ['another locale', { locale: 'en' }],
    ['the published version instead', { status: 'published' }],
  ];
  for (const [name, change] of others) {
    it(`do not open ${name}`, () => assert.equal(isValidPreview(key, { ...target, ...change }, token, now), false));
  }

  it('refuse a forged, altered, malformed or missing token, and another key', () => {
    const [expires, mac] = token.split('.');
    assert.equal(isValidPreview(key, target, `${Number(expires) + 60}.${mac}`, now), false);
    assert.equal(isValidPreview(key, target, `${expires}.${mac.slice(0, -1)}A`, now), mac.endsWith('A'));
    for (const bad of [undefined, '', 'x', `${expires}`, `${expires}.`, `${expires}.${mac}.x`, ['a'], 42]) {
      assert.equal(isValidPreview(key, target, bad, now), false, String(bad));
    }
    assert.equal(isValidPreview(previewKey('another-secret'), target, token, now), false);
  });

  it('refuse a token whose expiry lies beyond the time to live (made with a stolen key offline)', () => {
    const far = signPreview(key, target, now + 3600_000);
    assert.equal(isValidPreview(key, target, far, now), false);
  });
});

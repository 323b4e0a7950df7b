/** Signed IIIF links: a service signature lives in the path, so tiles built below it stay signed. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidServiceSignature, signedManifestPath, signedServicePath, SIGNED_SERVICE_SECONDS } from '../../../src/iiif/signing';
import { verifySignedPath } from '../../../src/media-access/signing';

const secret = 'test-secret';
const now = Date.UTC(2026, 11, 1);

describe('IIIF signing', () => {
  it('signs a manifest like a media file', () => {
    const signed = signedManifestPath({ secret, documentId: 'doc1', now });
    const [path, query] = signed.split('?');
    const params = new URLSearchParams(query);
    assert.equal(path, '/iiif/media/doc1/manifest');
    assert.equal(verifySignedPath({ secret, path, exp: params.get('exp'), sig: params.get('sig'), now }), 'valid');
  });

  it('puts a service signature in the path, valid for that service only and for an hour', () => {
    const signed = signedServicePath({ secret, documentId: 'doc1', fileId: 7, now });
    const match = /^\/iiif\/image\/doc1\/7\/s\/(\d+)\/([A-Za-z0-9_-]+)$/.exec(signed);
    assert.ok(match, signed);
    const [, exp, sig] = match;
    assert.equal(isValidServiceSignature({ secret, documentId: 'doc1', fileId: '7', exp, sig, now }), true);
    assert.equal(isValidServiceSignature({ secret, documentId: 'doc1', fileId: '8', exp, sig, now }), false, 'another file');
    assert.equal(isValidServiceSignature({ secret, documentId: 'doc2', fileId: '7', exp, sig, now }), false, 'another item');
    assert.equal(isValidServiceSignature({ secret: 'other', documentId: 'doc1', fileId: '7', exp, sig, now }), false, 'another secret');
    assert.equal(isValidServiceSignature({ secret, documentId: 'doc1', fileId: '7', exp, sig, now: now + (SIGNED_SERVICE_SECONDS + 1) * 1000 }), false, 'expired');
    assert.equal(isValidServiceSignature({ secret, documentId: 'doc1', fileId: '7', exp: String(Number(exp) + 1), sig, now }), false, 'a longer expiry');
  });
});

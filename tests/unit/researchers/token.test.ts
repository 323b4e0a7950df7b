import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { hashSecret, isSecretShaped, newSecret, researcherBearer, SET_PASSWORD_PREFIX, TOKEN_PREFIX, tokenHint } from '../../../src/researchers/token';

describe('researcher tokens', () => {
  it('are dsr_ and 43 base64url characters, different each time', () => {
    const a = newSecret(TOKEN_PREFIX);
    const b = newSecret(TOKEN_PREFIX);
    assert.match(a, /^dsr_[A-Za-z0-9_-]{43}$/);
    assert.notEqual(a, b);
    assert.ok(isSecretShaped(a, TOKEN_PREFIX));
    assert.ok(!isSecretShaped(a, SET_PASSWORD_PREFIX));
  });

  it('are stored as their SHA-256, in hex', () => {
    const secret = newSecret(TOKEN_PREFIX);
    assert.equal(hashSecret(secret), createHash('sha256').update(secret).digest('hex'));
    assert.match(hashSecret(secret), /^[0-9a-f]{64}$/);
  });

  it('are told apart from other bearers by their prefix; a dsr_ of the wrong shape is malformed', () => {
    const secret = newSecret(TOKEN_PREFIX);
    assert.equal(researcherBearer(`Bearer ${secret}`), secret);
    assert.equal(researcherBearer(`bearer   ${secret} `), secret);
    assert.equal(researcherBearer('Bearer eyJhbGciOiJIUzI1NiJ9.e30.x'), null);
    assert.equal(researcherBearer(undefined), null);
    assert.equal(researcherBearer('Basic abc'), null);
    assert.equal(researcherBearer('Bearer dsr_short'), 'malformed');
    assert.equal(researcherBearer(`Bearer ${secret}!`), 'malformed');
  });

  it('show only their last four characters', () => {
    assert.equal(tokenHint('abcd'), 'dsr_…abcd');
  });
});

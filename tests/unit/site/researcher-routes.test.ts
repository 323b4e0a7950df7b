import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSameOrigin } from '../../../src/site/origin';
import { alternatePath, isSitePath, matchRoute, researcherPath } from '../../../src/site/routes';

describe('researcher pages: paths', () => {
  it('match in both languages and switch between them', () => {
    assert.deepEqual(matchRoute('/nha-nghien-cuu/dang-ky'), { page: 'researcher', locale: 'vi', view: 'request' });
    assert.deepEqual(matchRoute('/en/researchers/set-password'), { page: 'researcher', locale: 'en', view: 'set-password' });
    assert.equal(matchRoute('/nha-nghien-cuu/khong-co'), null);
    assert.ok(isSitePath('/nha-nghien-cuu/khong-co'), 'an unknown page there gets the site 404');
    assert.equal(alternatePath({ page: 'researcher', locale: 'vi', view: 'account' }, 'en'), '/en/researchers/account');
    assert.equal(researcherPath('vi', 'sign-in'), '/nha-nghien-cuu/dang-nhap');
  });
});

describe('researcher pages: same-origin POSTs', () => {
  const site = 'https://disan.example.vn';
  it('accept the Origin header of the site, else its Referer', () => {
    assert.ok(isSameOrigin({ origin: 'https://disan.example.vn' }, site));
    assert.ok(isSameOrigin({ origin: 'HTTPS://DISAN.EXAMPLE.VN' }, `${site}/`));
    assert.ok(isSameOrigin({ referer: 'https://disan.example.vn/nha-nghien-cuu/dang-ky' }, site));
  });
  it('refuse another origin, another scheme or port, an opaque origin, or no header at all', () => {
    for (const headers of [
      { origin: 'https://evil.example' },
      { origin: 'http://disan.example.vn' },
      { origin: 'https://disan.example.vn:8443' },
      { origin: 'null', referer: 'https://evil.example/' },
      { referer: 'not a url' },
      {},
    ]) {
      assert.ok(!isSameOrigin(headers, site), JSON.stringify(headers));
    }
  });
});

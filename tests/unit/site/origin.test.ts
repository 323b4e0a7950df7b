/** Which origin the site's links come from, for every kind of Host (src/site/origin.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultAllowedHosts } from '../../../scripts/lib/runtime-env';
import { type HostPolicy, siteOrigin } from '../../../src/site/origin';

const production: HostPolicy = { publicUrl: '', allowedHosts: ['archive.example', '127.0.0.1:1337'], refuseUnknownHosts: true };
const development: HostPolicy = { ...production, allowedHosts: [], refuseUnknownHosts: false };

const cases: Array<[string, HostPolicy, { protocol: string; host: string }, ReturnType<typeof siteOrigin>]> = [
  ['PUBLIC_URL wins over any Host', { ...production, publicUrl: 'https://disan.example/' }, { protocol: 'http', host: 'evil.example' }, { origin: 'https://disan.example', isShareable: true }],
  ['a listed name, on any port', production, { protocol: 'http', host: 'Archive.Example:8080' }, { origin: 'http://archive.example:8080', isShareable: true }],
  ['a listed host:port', production, { protocol: 'http', host: '127.0.0.1:1337' }, { origin: 'http://127.0.0.1:1337', isShareable: true }],
  ['a listed host on another port', production, { protocol: 'http', host: '127.0.0.1:9999' }, { isRefused: true }],
  ['a name that only ends like a listed one', production, { protocol: 'http', host: 'evil-archive.example' }, { isRefused: true }],
  ['a name that only starts like a listed one', production, { protocol: 'http', host: 'archive.example.evil.example' }, { isRefused: true }],
  ['no Host at all', production, { protocol: 'http', host: '' }, { isRefused: true }],
  ['an unknown host in development is served, not shareable', development, { protocol: 'http', host: 'evil.example' }, { origin: 'http://evil.example', isShareable: false }],
  ['a PUBLIC_URL that is not http(s) is ignored', { ...production, publicUrl: 'javascript:alert(1)' }, { protocol: 'http', host: 'evil.example' }, { isRefused: true }],
];

describe('siteOrigin', () => {
  for (const [name, policy, request, expected] of cases) {
    it(name, () => assert.deepEqual(siteOrigin(policy, request), expected));
  }
});

describe('the hosts `npm start` allows by default', () => {
  it('are the loopback names on its port, so it works out of the box', () => {
    const allowedHosts = defaultAllowedHosts({ PORT: '1337' });
    assert.deepEqual(allowedHosts, ['127.0.0.1:1337', 'localhost:1337']);
    const policy = { ...production, allowedHosts };
    assert.deepEqual(siteOrigin(policy, { protocol: 'http', host: 'localhost:1337' }), { origin: 'http://localhost:1337', isShareable: true });
    assert.deepEqual(siteOrigin(policy, { protocol: 'http', host: 'evil.example' }), { isRefused: true });
  });

  it('add a named HOST, but not a wildcard listen address', () => {
    assert.deepEqual(defaultAllowedHosts({ HOST: '192.168.1.20', PORT: '8080' }), ['127.0.0.1:8080', 'localhost:8080', '192.168.1.20:8080']);
    assert.deepEqual(defaultAllowedHosts({ HOST: '0.0.0.0' }), ['127.0.0.1:1337', 'localhost:1337']);
  });
});

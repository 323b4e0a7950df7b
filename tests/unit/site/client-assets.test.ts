import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { gunzipSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { bundleSiteClient } from '../../../scripts/lib/build';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import Koa from 'koa';
import { loadSiteAssets, type KoaLikeCtx, type SiteAssets } from '../../../src/site/assets';
import { acceptedEncoding, send, type SiteCtx } from '../../../src/site/respond';

interface FakeCtx extends KoaLikeCtx {
  headers: Record<string, string>;
}

function fakeCtx(method: string, urlPath: string, acceptEncoding = ''): FakeCtx {
  const headers: Record<string, string> = {};
  return {
    path: urlPath,
    method,
    status: 404,
    body: undefined,
    headers,
    get: (name) => (name.toLowerCase() === 'accept-encoding' ? acceptEncoding : ''),
    acceptsEncodings: (...encodings: string[]) => koaContext({ 'accept-encoding': acceptEncoding }).acceptsEncodings(...encodings),
    set: (name, value) => {
      headers[name.toLowerCase()] = value;
    },
  };
}

/** A real Koa context for a request with these headers (Koa's negotiation and freshness, not a copy of them). */
function koaContext(headers: Record<string, string>, method = 'GET'): Koa.Context {
  const req = new IncomingMessage(new Socket());
  req.method = method;
  req.url = '/';
  req.headers = headers;
  return new Koa().createContext(req, new ServerResponse(req));
}

async function bodyOf(ctx: FakeCtx): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of ctx.body as Readable) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('site assets', () => {
  let root: string;
  let manifest: Record<string, string>;
  let assets: SiteAssets;

  before(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'site-assets-'));
    const staticDir = path.join(root, 'static');
    mkdirSync(path.join(staticDir, 'icons'), { recursive: true });
    writeFileSync(path.join(staticDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(path.join(staticDir, 'icons', 'og-default.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    manifest = bundleSiteClient(path.join(root, 'dist', 'site-assets'), staticDir);
    assets = loadSiteAssets(path.join(root, 'dist'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('names every file by its content hash and lists it in manifest.json', () => {
    assert.match(manifest['site.js'], /^site\.[0-9a-f]{8}\.js$/);
    assert.match(manifest['hls.js'], /^hls\.[0-9a-f]{8}\.js$/);
    assert.match(manifest['favicon.svg'], /^favicon\.[0-9a-f]{8}\.svg$/);
    assert.match(manifest['icons/og-default.png'], /^icons\/og-default\.[0-9a-f]{8}\.png$/);
    const written = JSON.parse(readFileSync(path.join(root, 'dist', 'site-assets', 'manifest.json'), 'utf8'));
    assert.deepEqual(written, manifest);
  });

  it('keeps the site bundle small, and hls.js out of it', () => {
    const site = readFileSync(path.join(root, 'dist', 'site-assets', manifest['site.js']));
    assert.ok(gzipSync(site).length < 8 * 1024, `site.js is ${gzipSync(site).length} bytes gzipped`);
    assert.ok(!site.toString().includes('fragLoadPolicy'), 'hls.js must only be loaded by dynamic import');
    assert.match(site.toString(), /import\(/);
  });

  it('gives template URLs by plain name and refuses unknown names', () => {
    assert.equal(assets.path('site.js'), `/assets/${manifest['site.js']}`);
    assert.throws(() => assets.path('nope.js'), /Unknown site asset "nope\.js"/);
    assert.throws(() => assets.path('toString'), /Unknown site asset/);
  });

  it('fails clearly when the manifest was never built', () => {
    assert.throws(() => loadSiteAssets(path.join(root, 'missing')), /manifest .*manifest\.json is missing/);
  });

  it('leaves other paths alone', async () => {
    const ctx = fakeCtx('GET', '/tim-kiem');
    assert.equal(await assets.serve(ctx), false);
    assert.equal(ctx.body, undefined);
  });

  it('serves brotli, then gzip, then identity, with immutable caching', async () => {
    const url = assets.path('site.js');
    const original = readFileSync(path.join(root, 'dist', 'site-assets', manifest['site.js']));

    const br = fakeCtx('GET', url, 'gzip, deflate, br, zstd');
    assert.equal(await assets.serve(br), true);
    assert.equal(br.status, 200);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(br.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(br.headers['vary'], 'Accept-Encoding');
    assert.equal(br.headers['x-content-type-options'], 'nosniff');
    const brBody = await bodyOf(br);
    assert.equal(Number(br.headers['content-length']), brBody.length);
    assert.deepEqual(brotliDecompressSync(brBody), original);

    const gz = fakeCtx('GET', url, 'gzip;q=1, br;q=0');
    await assets.serve(gz);
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.deepEqual(gunzipSync(await bodyOf(gz)), original);

    const plain = fakeCtx('GET', url);
    await assets.serve(plain);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(Number(plain.headers['content-length']), original.length);
    assert.deepEqual(await bodyOf(plain), original);
  });

  it('answers HEAD with headers only', async () => {
    const ctx = fakeCtx('HEAD', assets.path('hls.js'), 'gzip');
    assert.equal(await assets.serve(ctx), true);
    assert.equal(ctx.status, 200);
    assert.equal(ctx.headers['content-encoding'], 'gzip');
    assert.ok(Number(ctx.headers['content-length']) > 50_000);
    assert.equal(ctx.body, undefined);
  });

  it('serves static files with their type, uncompressed when compressing gains nothing', async () => {
    const png = fakeCtx('GET', assets.path('icons/og-default.png'), 'br, gzip');
    await assets.serve(png);
    assert.equal(png.headers['content-type'], 'image/png');
    assert.equal(png.headers['content-encoding'], undefined);
    assert.deepEqual(await bodyOf(png), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const svg = fakeCtx('GET', assets.path('favicon.svg'), 'gzip');
    await assets.serve(svg);
    assert.equal(svg.headers['content-type'], 'image/svg+xml; charset=utf-8');
    assert.equal(svg.headers['content-encoding'], 'gzip');
    assert.match(gunzipSync(await bodyOf(svg)).toString(), /^<svg/);
  });

  it('answers 404 for unlisted files, unhashed names and traversal', async () => {
    for (const bad of [
      '/assets/manifest.json',
      '/assets/site.js',
      `/assets/${manifest['site.js']}.br`,
      '/assets/../package.json',
      '/assets/%2e%2e/package.json',
      `/assets/./${manifest['site.js']}`,
      '/assets/',
    ]) {
      const ctx = fakeCtx('GET', bad);
      assert.equal(await assets.serve(ctx), true, bad);
      assert.equal(ctx.status, 404, bad);
      assert.equal(ctx.body, undefined, bad);
    }
  });

  it('refuses other methods', async () => {
    const ctx = fakeCtx('POST', assets.path('site.js'));
    assert.equal(await assets.serve(ctx), true);
    assert.equal(ctx.status, 405);
  });
});

describe('Accept-Encoding', () => {
  const chosen = (header?: string) => acceptedEncoding(koaContext(header === undefined ? {} : { 'accept-encoding': header }), ['br', 'gzip']);
  it('honours q=0 and the wildcard, preferring brotli', () => {
    assert.equal(chosen('gzip, deflate, br'), 'br');
    assert.equal(chosen('br;q=0, gzip;q=0.5'), 'gzip');
    assert.equal(chosen('*'), 'br');
    assert.equal(chosen('*;q=0.1, br;q=0'), 'gzip');
    assert.equal(chosen('identity'), undefined);
    assert.equal(chosen(undefined), undefined);
  });

  const page = 'Lễ hội Xên bản. '.repeat(100);
  const sent = (headers: Record<string, string>) => {
    const ctx = koaContext(headers);
    send(ctx as unknown as SiteCtx, { type: 'text/html; charset=utf-8', body: page });
    return ctx;
  };
  it('pages: br;q=0 is a refusal of brotli, not an acceptance', () => {
    assert.equal(sent({ 'accept-encoding': 'br;q=0, gzip' }).response.get('Content-Encoding'), 'gzip');
    assert.equal(sent({ 'accept-encoding': 'br;q=0' }).response.get('Content-Encoding'), '');
    assert.equal(sent({ 'accept-encoding': 'gzip, br' }).response.get('Content-Encoding'), 'br');
  });
  it('pages: If-None-Match lists and * match the ETag (304)', () => {
    const etag = sent({}).response.get('ETag');
    assert.equal(sent({ 'if-none-match': etag }).status, 304);
    assert.equal(sent({ 'if-none-match': `"other", ${etag}` }).status, 304);
    assert.equal(sent({ 'if-none-match': '*' }).status, 304);
    assert.equal(sent({ 'if-none-match': '"other"' }).status, 200);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { html, jsonForScript, raw, safeExternalUrl } from '../../../src/site/html';
import { renderMarkdown } from '../../../src/site/markdown';
import { markdownSnippet, toCatalogueDocument } from '../../../src/search/documents';
import { recordDescription } from '../../../src/site/seo/record-meta';
import type { PageContext } from '../../../src/site/views/layout';
import { alternatePath, isSitePath, matchRoute, recordPath } from '../../../src/site/routes';
import { rightsLabel } from '../../../src/site/views/record';

describe('html template', () => {
  it('escapes every interpolated value, in text and attributes', () => {
    const name = '<script>alert(1)</script>"><img src=x onerror=alert(1)>';
    const out = html`<a title="${name}">${name}</a>`.value;
    assert.equal(out, '<a title="&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</a>');
  });
  it('passes nested templates and raw() through, joins arrays, drops null/false', () => {
    assert.equal(html`<ul>${['a<', 'b'].map((x) => html`<li>${x}</li>`)}</ul>${null}${false}${raw('<mark>x</mark>')}`.value, '<ul><li>a&lt;</li><li>b</li></ul><mark>x</mark>');
  });
  it('keeps JSON-LD from closing its script element', () => {
    const out = jsonForScript({ name: '</script><script>alert(1)</script>' }).value;
    assert.ok(!out.includes('</script>'));
    assert.deepEqual(JSON.parse(out), { name: '</script><script>alert(1)</script>' });
  });
  it('allows only http(s) and mailto links from record data', () => {
    assert.equal(safeExternalUrl('https://example.org/a b'), 'https://example.org/a%20b');
    assert.equal(safeExternalUrl(' javascript:alert(1)'), null);
    assert.equal(safeExternalUrl('JaVaScRiPt:alert(1)'), null);
    assert.equal(safeExternalUrl('data:text/html,<script>'), null);
    assert.equal(safeExternalUrl('mailto:so@dienbien.gov.vn'), 'mailto:so@dienbien.gov.vn');
  });
});

describe('markdown', () => {
  it('escapes raw HTML and defuses javascript: links and images', () => {
    const out = renderMarkdown('Xin chào <script>alert(1)</script> [bấm](javascript:alert(1)) ![ảnh](https://x/y.png) [nguồn](https://example.org)').value;
    assert.ok(!out.includes('<script>'));
    assert.ok(!/href="javascript:/i.test(out));
    assert.ok(!out.includes('<img'));
    assert.match(out, /<a href="https:\/\/example.org" rel="noopener">nguồn<\/a>/);
  });
  it('shifts headings below the page title', () => {
    assert.match(renderMarkdown('# Nghi lễ').value, /<h3>Nghi lễ<\/h3>/);
  });
  it('makes plain-text previews that keep Vietnamese intact', () => {
    assert.equal(markdownSnippet('**Lễ hội** [Xên bản](https://x) của người _Thái_'), 'Lễ hội Xên bản của người Thái');
    assert.ok([...markdownSnippet('ệ'.repeat(500), 50)].length <= 50);
  });
  it("gives a record's share description and its search snippet the same text", () => {
    const description = `## Lễ **cúng bản**\n\nCầu [mưa](https://x.y) <b>thuận</b> gió hoà &amp; ![ảnh](a.jpg) ${'tiếp '.repeat(80)}`;
    const record = { documentId: 'm1', title: 'Lễ', description };
    const snippet = toCatalogueDocument({ type: 'media-item', locale: 'vi', accessLevel: 'public', visibleUntil: 0, record }).snippet;
    assert.equal(recordDescription({} as PageContext, 'media-item', record), snippet);
    assert.match(snippet, /^Lễ cúng bản Cầu mưa thuận gió hoà & ảnh tiếp/);
  });
});

describe('routes', () => {
  it('matches Vietnamese and English pages', () => {
    assert.deepEqual(matchRoute('/'), { page: 'home', locale: 'vi' });
    assert.deepEqual(matchRoute('/en/'), { page: 'home', locale: 'en' });
    assert.deepEqual(matchRoute('/le-hoi/xen-ban-thai'), { page: 'record', locale: 'vi', type: 'festival', key: 'xen-ban-thai' });
    assert.deepEqual(matchRoute('/en/festivals/xen-ban-thai.ics'), { page: 'record-ics', locale: 'en', type: 'festival', key: 'xen-ban-thai' });
    assert.deepEqual(matchRoute('/en/media/abc123'), { page: 'record', locale: 'en', type: 'media-item', key: 'abc123' });
    assert.deepEqual(matchRoute('/lich-le-hoi.ics'), { page: 'calendar-ics', locale: 'vi' });
  });
  it('refuses keys that are not slugs, and the other locale\'s words', () => {
    assert.equal(matchRoute('/le-hoi/../admin'), null);
    assert.equal(matchRoute('/le-hoi/%3Cscript%3E'), null);
    assert.equal(matchRoute('/festivals/xen-ban'), null);
    assert.equal(matchRoute('/en/le-hoi/xen-ban'), null);
    assert.equal(matchRoute('/api/festivals'), null);
  });
  it('knows its own namespaces (for the friendly 404) and builds alternates', () => {
    assert.ok(isSitePath('/le-hoi/khong-co/them'));
    assert.ok(isSitePath('/en/anything'));
    assert.ok(!isSitePath('/api/festivals'));
    assert.equal(alternatePath({ page: 'record', locale: 'vi', type: 'ethnic-group', key: 'thai' }, 'en'), '/en/ethnic-groups/thai');
    assert.equal(recordPath('vi', 'story', 'mot-cau-chuyen'), '/cau-chuyen/mot-cau-chuyen');
  });
});

describe('rights labels', () => {
  it('names Creative Commons and rightsstatements.org URIs', () => {
    assert.equal(rightsLabel('https://creativecommons.org/licenses/by-nc-sa/4.0/'), 'CC BY-NC-SA 4.0');
    assert.equal(rightsLabel('https://creativecommons.org/publicdomain/zero/1.0/'), 'CC0 1.0');
    assert.equal(rightsLabel('http://rightsstatements.org/vocab/InC-EDU/1.0/'), 'InC-EDU 1.0 (rightsstatements.org)');
  });
});

describe('error pages', () => {
  const { errorPage } = require('../../../src/site/views/errors') as typeof import('../../../src/site/views/errors');
  const { layout } = require('../../../src/site/views/layout') as typeof import('../../../src/site/views/layout');
  const { messages } = require('../../../src/site/i18n') as typeof import('../../../src/site/i18n');
  const context = (locale: 'vi' | 'en') => ({ locale, t: messages(locale), origin: 'https://di-san.test', asset: (n: string) => `/assets/${n}`, currentPath: '/x' });
  it('renders friendly 404 and 500 pages in Vietnamese and English, kept out of search engines', () => {
    for (const [locale, status, text] of [['vi', 404, 'Không tìm thấy trang'], ['vi', 500, 'Đã có lỗi xảy ra'], ['en', 404, 'Page not found'], ['en', 500, 'Something went wrong']] as const) {
      const ctx = context(locale);
      const page = errorPage(ctx, status);
      const out = layout(ctx, page.meta, page.body);
      assert.match(out, new RegExp(`<html lang="${locale}"`));
      assert.match(out, new RegExp(`<h1>${text}</h1>`));
      assert.match(out, /<meta name="robots" content="noindex">/);
      assert.match(out, /<form class="search-box" role="search"/, 'offers a way on');
    }
  });
});

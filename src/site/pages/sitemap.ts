/**
 * sitemap.xml lists every public, published record in both locales (with
 * hreflang alternates), read through the public reader so nothing hidden
 * can appear; robots.txt points at it and keeps crawlers off the API and
 * media files.
 */
import { ARCHIVE_TYPES, MODEL } from '../../content-model';
import { escapeHtml } from '../html';
import type { SiteReader } from '../load/reader';
import { calendarPath, homePath, recordPath, searchPath, type SiteLocale } from '../routes';

const LIMIT_PER_TYPE = 20000;

export async function sitemapXml(reader: SiteReader, origin: string): Promise<string> {
  const pages: Array<{ paths: Record<SiteLocale, string>; lastmod?: string }> = [
    { paths: { vi: homePath('vi'), en: homePath('en') } },
    { paths: { vi: searchPath('vi'), en: searchPath('en') } },
    { paths: { vi: calendarPath('vi'), en: calendarPath('en') } },
  ];
  for (const type of ARCHIVE_TYPES) {
    const isSlugged = MODEL[type].pageKey === 'slug';
    const fields = isSlugged ? ['slug', 'updatedAt'] : ['updatedAt'];
    const rows = await reader.findMany(type, { fields, limit: LIMIT_PER_TYPE }, 'vi');
    for (const row of rows) {
      const key = isSlugged ? row.slug : row.documentId;
      if (!key) continue;
      pages.push({ paths: { vi: recordPath('vi', type, key), en: recordPath('en', type, key) }, lastmod: String(row.updatedAt ?? '').slice(0, 10) || undefined });
    }
  }
  const url = (path: string) => escapeHtml(origin + path);
  const entries = pages.flatMap(({ paths, lastmod }) =>
    (['vi', 'en'] as SiteLocale[]).map(
      (locale) => `<url><loc>${url(paths[locale])}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}` +
        `<xhtml:link rel="alternate" hreflang="vi" href="${url(paths.vi)}"/><xhtml:link rel="alternate" hreflang="en" href="${url(paths.en)}"/>` +
        `<xhtml:link rel="alternate" hreflang="x-default" href="${url(paths.vi)}"/></url>`,
    ),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(origin: string): string {
  return ['User-agent: *', 'Allow: /', 'Disallow: /api/', 'Disallow: /admin', 'Disallow: /media/o/', '', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n');
}

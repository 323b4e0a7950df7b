/**
 * The public site's URL scheme. Vietnamese pages live at the root, English
 * ones under /en/ with English path words; slugs are shared by both locales
 * (a record has one slug), media items use their documentId (they have no
 * slug). Pure: matching and building URLs only.
 */
import { ARCHIVE_TYPES, MODEL, type ArchiveType } from '../content-model';

export type SiteLocale = 'vi' | 'en';
export const SITE_LOCALES: SiteLocale[] = ['vi', 'en'];

const SEGMENTS = Object.fromEntries(ARCHIVE_TYPES.map((type) => [type, MODEL[type].route])) as Record<ArchiveType, Record<SiteLocale, string>>;

const PAGES = {
  search: { vi: 'tim-kiem', en: 'search' },
  preview: { vi: 'xem-truoc', en: 'preview' },
  calendar: { vi: 'lich-le-hoi', en: 'calendar' },
} as const;

/** The researcher pages (docs/researchers.md): request access, set a password, sign in, manage tokens. */
const RESEARCHER_FOLDER = { vi: 'nha-nghien-cuu', en: 'researchers' } as const;
const RESEARCHER_PAGES = {
  request: { vi: 'dang-ky', en: 'request' },
  'sign-in': { vi: 'dang-nhap', en: 'sign-in' },
  account: { vi: 'tai-khoan', en: 'account' },
  'set-password': { vi: 'dat-mat-khau', en: 'set-password' },
} as const;
export type ResearcherView = keyof typeof RESEARCHER_PAGES;

export type Route =
  | { page: 'home'; locale: SiteLocale }
  | { page: 'researcher'; locale: SiteLocale; view: ResearcherView }
  | { page: 'search'; locale: SiteLocale }
  | { page: 'calendar'; locale: SiteLocale }
  | { page: 'calendar-ics'; locale: SiteLocale }
  | { page: 'record'; locale: SiteLocale; type: ArchiveType; key: string }
  | { page: 'record-ics'; locale: SiteLocale; type: 'festival'; key: string }
  | { page: 'preview'; locale: SiteLocale; type: ArchiveType; documentId: string }
  | { page: 'permalink'; locale: SiteLocale; type: ArchiveType; documentId: string }
  | { page: 'cite-file'; locale: SiteLocale; type: ArchiveType; documentId: string; format: CiteFormat }
  | { page: 'sitemap' }
  | { page: 'robots' };

/** The downloadable citation files of a record. */
export type CiteFormat = 'bib' | 'ris' | 'json';
const CITE_FORMATS: CiteFormat[] = ['bib', 'ris', 'json'];
/**
 * Permanent links use the type key and the documentId, the two things about a
 * record that never change (its slug and title may), and no locale word.
 */
const PERMALINK = 'p';

const prefix = (locale: SiteLocale) => (locale === 'en' ? '/en' : '');
// Slugs are lowercase ASCII words; documentIds are lowercase alphanumerics.
const KEY = /^[a-z0-9][a-z0-9-]{0,119}$/;

export function homePath(locale: SiteLocale): string {
  return locale === 'en' ? '/en/' : '/';
}
export function searchPath(locale: SiteLocale): string {
  return `${prefix(locale)}/${PAGES.search[locale]}`;
}
export function calendarPath(locale: SiteLocale): string {
  return `${prefix(locale)}/${PAGES.calendar[locale]}`;
}
export function recordPath(locale: SiteLocale, type: ArchiveType, key: string): string {
  return `${prefix(locale)}/${SEGMENTS[type][locale]}/${encodeURIComponent(key)}`;
}

export function researcherPath(locale: SiteLocale, view: ResearcherView): string {
  return `${prefix(locale)}/${RESEARCHER_FOLDER[locale]}/${RESEARCHER_PAGES[view][locale]}`;
}

/** Where an approved researcher's one-time link leads (`?code=…`). */
export function setPasswordPath(locale: SiteLocale): string {
  return researcherPath(locale, 'set-password');
}

/** A draft's preview page (the admin's Preview frame), opened only with a valid token (src/curation/preview). */
export function previewPath(locale: SiteLocale, type: ArchiveType, documentId: string): string {
  return `${prefix(locale)}/${PAGES.preview[locale]}/${SEGMENTS[type][locale]}/${encodeURIComponent(documentId)}`;
}

/** A record's permanent link: redirects to its current page, whatever its slug becomes. */
export function permalinkPath(locale: SiteLocale, type: ArchiveType, documentId: string): string {
  return `${prefix(locale)}/${PERMALINK}/${type}/${encodeURIComponent(documentId)}`;
}

/** A record's citation as a file (BibTeX, RIS, CSL-JSON), beside its permanent link. */
export function citeFilePath(locale: SiteLocale, type: ArchiveType, documentId: string, format: CiteFormat): string {
  return `${permalinkPath(locale, type, documentId)}/cite.${format}`;
}

function matchPermalink(locale: SiteLocale, parts: string[]): Route | null {
  const type = ARCHIVE_TYPES.find((t) => t === parts[1]);
  if (!type || !KEY.test(parts[2] ?? '')) return null;
  if (parts.length === 3) return { page: 'permalink', locale, type, documentId: parts[2] };
  const format = CITE_FORMATS.find((f) => parts[3] === `cite.${f}`);
  return parts.length === 4 && format ? { page: 'cite-file', locale, type, documentId: parts[2], format } : null;
}

/** Which page a request path asks for; null when the site has no such page (Strapi's routes may). */
export function matchRoute(path: string): Route | null {
  if (path === '/sitemap.xml') return { page: 'sitemap' };
  if (path === '/robots.txt') return { page: 'robots' };
  if (path === '/') return { page: 'home', locale: 'vi' };
  if (path === '/en' || path === '/en/') return { page: 'home', locale: 'en' };
  const locale: SiteLocale = path.startsWith('/en/') ? 'en' : 'vi';
  const rest = locale === 'en' ? path.slice(3) : path;
  const parts = rest.split('/').filter(Boolean);
  if (parts.length === 1) {
    if (parts[0] === PAGES.search[locale]) return { page: 'search', locale };
    if (parts[0] === PAGES.calendar[locale]) return { page: 'calendar', locale };
    if (parts[0] === `${PAGES.calendar[locale]}.ics`) return { page: 'calendar-ics', locale };
    return null;
  }
  if (parts[0] === PERMALINK) return matchPermalink(locale, parts);
  if (parts.length === 2 && parts[0] === RESEARCHER_FOLDER[locale]) {
    const view = (Object.keys(RESEARCHER_PAGES) as ResearcherView[]).find((v) => RESEARCHER_PAGES[v][locale] === parts[1]);
    return view ? { page: 'researcher', locale, view } : null;
  }
  if (parts.length === 3 && parts[0] === PAGES.preview[locale]) {
    const previewed = (Object.keys(SEGMENTS) as ArchiveType[]).find((t) => SEGMENTS[t][locale] === parts[1]);
    return previewed && KEY.test(parts[2]) ? { page: 'preview', locale, type: previewed, documentId: parts[2] } : null;
  }
  if (parts.length !== 2) return null;
  const type = (Object.keys(SEGMENTS) as ArchiveType[]).find((t) => SEGMENTS[t][locale] === parts[0]);
  if (!type) return null;
  let key = parts[1];
  try {
    key = decodeURIComponent(key);
  } catch {
    return null;
  }
  if (type === 'festival' && key.endsWith('.ics')) {
    const slug = key.slice(0, -4);
    return KEY.test(slug) ? { page: 'record-ics', locale, type, key: slug } : null;
  }
  return KEY.test(key) ? { page: 'record', locale, type, key } : null;
}

/** Whether a path belongs to the site's namespaces (so an unknown one gets the site's 404 page). */
export function isSitePath(path: string): boolean {
  if (path === '/' || path === '/en' || path.startsWith('/en/')) return true;
  const first = path.split('/')[1] ?? '';
  return [...Object.values(SEGMENTS).map((s) => s.vi), PAGES.search.vi, PAGES.calendar.vi, PAGES.preview.vi, `${PAGES.calendar.vi}.ics`, PERMALINK, RESEARCHER_FOLDER.vi].includes(first);
}

/** The same page in the other locale (query kept), for the language switch and hreflang. */
export function alternatePath(route: Route, locale: SiteLocale): string {
  switch (route.page) {
    case 'home':
      return homePath(locale);
    case 'search':
      return searchPath(locale);
    case 'calendar':
      return calendarPath(locale);
    case 'calendar-ics':
      return `${calendarPath(locale)}.ics`;
    case 'record':
      return recordPath(locale, route.type, route.key);
    case 'record-ics':
      return `${recordPath(locale, route.type, route.key)}.ics`;
    case 'researcher':
      return researcherPath(locale, route.view);
    case 'permalink':
      return permalinkPath(locale, route.type, route.documentId);
    case 'cite-file':
      return citeFilePath(locale, route.type, route.documentId, route.format);
    default:
      return homePath(locale);
  }
}

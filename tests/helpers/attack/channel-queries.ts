/**
 * The same generated values driving every other channel: catalogue search
 * parameters, instant-search proxy bodies, the calendar, the public site's
 * routes and guessed or forged /media and /iiif URLs.
 */
import fc from 'fast-check';
import { stringify } from 'qs';
import { ARCHIVE_TYPES, uidOf } from '../../../src/content-model';
import { previewPath, recordPath } from '../../../src/site/routes';
import { PREVIEW_TTL_SECONDS, previewKey, signPreview } from '../../../src/curation/preview/token';
import { derivativePath } from '../../../src/media-access/keys';
import { mediaUrlSecret, signPath } from '../../../src/media-access/signing';
import { imageServicePath, manifestPath } from '../../../src/iiif/paths';
import { signedManifestPath, signedServicePath } from '../../../src/iiif/signing';
import type { AttackArchive } from './archive';
import { type Audience, Probe, renderQuery } from './markers';
import { allTextsOf, operandFor } from './values';

const textProbe = (archive: AttackArchive, operator = '$contains') =>
  operandFor(operator, 'search', { name: 'q', kind: 'text', isPrivate: false, isLocalized: false }, { pools: archive.pools, markers: archive.markers, allTexts: allTextsOf(archive.pools) }) as fc.Arbitrary<Probe>;

/** A probe inside fixed text: `slug = "<probe>"`; a row-level secret becomes a span over its characters. */
function wrap(prefix: string, probe: Probe, suffix: string): Probe {
  const value = String(probe.value);
  const spans = probe.rowSecrecy ? [{ start: 0, end: value.length, secrecy: probe.rowSecrecy }] : probe.spans;
  return new Probe(prefix + value + suffix, spans.map((span) => ({ ...span, start: span.start + prefix.length, end: span.end + prefix.length })));
}

const allDocumentIds = (archive: AttackArchive) => Object.values(archive.pools.documentIds).flat();

/** GET /api/catalogue/search parameters. */
export function catalogueSearchArbitrary(archive: AttackArchive): fc.Arbitrary<Record<string, unknown>> {
  const codes = (uid: string, field: string) => (archive.pools.texts[uid]?.[field] ?? []).map((value) => new Probe(value));
  const gso = codes(uidOf('ethnic-group'), 'gsoCode');
  const iso = codes(uidOf('language'), 'iso6393');
  // Each parameter now and then, mostly valid: a search refused for one bad parameter tests nothing else.
  const sometimes = <T>(arbitrary: fc.Arbitrary<T>, absentWeight = 3) => fc.oneof({ arbitrary: fc.constant(undefined), weight: absentWeight }, { arbitrary, weight: 1 });
  return fc
    .record({
      // An empty q lists everything the caller may see (page by page): the widest net for a leak.
      q: fc.oneof({ arbitrary: textProbe(archive), weight: 3 }, { arbitrary: textProbe(archive, '$eq'), weight: 2 }, { arbitrary: fc.constant(new Probe('')), weight: 3 }, { arbitrary: fc.constantFrom('x" OR accessLevel = restricted', '*').map((v) => new Probe(v)), weight: 1 }),
      locale: sometimes(fc.constantFrom('vi', 'en', 'en', 'xx')),
      type: sometimes(fc.oneof(fc.constantFrom(...ARCHIVE_TYPES), fc.subarray([...ARCHIVE_TYPES], { minLength: 1 }).map((list) => list.join(','))), 1),
      ethnicGroup: sometimes(fc.constantFrom(...gso, new Probe('99')), 5),
      language: sometimes(fc.constantFrom(...iso, new Probe('zzz')), 5),
      month: sometimes(fc.integer({ min: 0, max: 13 }), 6),
      calendar: sometimes(fc.constantFrom('lunar', 'solar'), 10),
      mediaKind: sometimes(fc.constantFrom('image', 'video', 'audio', 'document'), 4),
      heritage: sometimes(fc.constantFrom('national', 'unesco-urgent'), 6),
      decade: sometimes(fc.constantFrom(2020, 2010, 1990), 6),
      sort: sometimes(fc.constantFrom('relevance', 'title:asc', 'year:desc', 'updatedAt:desc', 'accessLevel:asc')),
      page: sometimes(fc.integer({ min: 0, max: 3 })),
      pageSize: fc.constantFrom(50, 50, 50, 1, 5, 51),
      filter: sometimes(fc.constant('accessLevel = restricted'), 20),
    })
    .map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)));
}

export const catalogueSearchUrl = (params: Record<string, unknown>, mode: 'real' | Audience) =>
  `/api/catalogue/search?${stringify(renderQuery(params, mode), { encodeValuesOnly: true })}`;

/** Bodies for POST /api/catalogue/instant: one to four multi-search queries. */
export function instantBodyArbitrary(archive: AttackArchive, indexes: { catalogue: string; transcripts: string }): fc.Arbitrary<Record<string, unknown>> {
  const documentIds = allDocumentIds(archive);
  const texts = textProbe(archive, '$eq');
  const filterTerm = fc.oneof(
    fc.constantFrom(...documentIds).map((id) => wrap('documentId = "', id, '"')),
    fc.constantFrom(...documentIds).map((id) => wrap('mediaDocumentId = "', id, '"')),
    texts.map((text) => wrap('title = "', text, '"')),
    texts.map((text) => wrap('slug = "', text, '"')),
    fc.constantFrom('accessLevel = restricted', 'accessLevel != public', 'accessLevel EXISTS', 'NOT accessLevel = public', '(accessLevel = public) OR (accessLevel = restricted)', 'type = person').map((v) => new Probe(v)),
  );
  const sometimes = <T>(arbitrary: fc.Arbitrary<T>, absentWeight = 2) => fc.oneof({ arbitrary: fc.constant(undefined), weight: absentWeight }, { arbitrary, weight: 1 });
  // Mostly what instant-meilisearch sends; now and then what it must refuse.
  const query = fc
    .record({
      indexUid: fc.constantFrom(indexes.catalogue, indexes.catalogue, indexes.catalogue, indexes.transcripts, indexes.transcripts, 'di_san_meta', '*'),
      q: fc.oneof(textProbe(archive), texts, fc.constant(new Probe(''))),
      filter: sometimes(fc.oneof(filterTerm, fc.array(fc.oneof(filterTerm, fc.array(filterTerm, { minLength: 1, maxLength: 2 })), { minLength: 1, maxLength: 3 })), 1),
      facets: sometimes(fc.constantFrom(['*'], ['accessLevel', 'type'], ['documentId'], ['hiddenNames'])),
      attributesToRetrieve: sometimes(fc.constantFrom(['*'], ['hiddenNames', 'description'], ['title', 'accessLevel'])),
      attributesToHighlight: sometimes(fc.constantFrom(['*'], ['hiddenNames'])),
      attributesToCrop: sometimes(fc.constantFrom(['*'], ['description']), 4),
      showMatchesPosition: sometimes(fc.constant(true), 10),
      limit: sometimes(fc.constantFrom(0, 5, 50, 50, 1000)),
      offset: sometimes(fc.constantFrom(0, 1, 20, 5000), 4),
      sort: sometimes(fc.constantFrom(['title:asc'], ['accessLevel:desc']), 6),
      showRankingScore: sometimes(fc.boolean(), 4),
      matchingStrategy: sometimes(fc.constantFrom('last', 'all'), 4),
    })
    .map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)));
  return fc.array(query, { minLength: 1, maxLength: 2 }).map((queries) => ({ queries }));
}

/** GET /api/calendar with valid and invalid parameters, and ones the controller should ignore. */
export function calendarArbitrary(archive: AttackArchive): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    {
      year: fc.oneof(fc.constantFrom(2025, 2026, 2027), fc.integer({ min: 1890, max: 2110 }), fc.constant('x')),
      month: fc.oneof(fc.integer({ min: 0, max: 13 }), fc.constant('')),
      locale: fc.constantFrom('vi', 'en', '*', 'xx'),
      status: fc.constant('draft'),
      filters: textProbe(archive, '$eq').map((name) => ({ name: { $eq: name } })),
      populate: fc.constant('*'),
    },
    { requiredKeys: ['year'] },
  );
}

export const calendarUrl = (params: Record<string, unknown>, mode: 'real' | Audience) => `/api/calendar?${stringify(renderQuery(params, mode), { encodeValuesOnly: true })}`;

export interface SitePage {
  path: string;
  /** The page shows a hidden record (by slug or documentId): it must answer 404. */
  mustBeMissing: boolean;
}

/** Paths of the public site: fixed pages, search pages asking for markers, pages of hidden and public records. */
export function sitePageArbitrary(archive: AttackArchive, audience: Audience): fc.Arbitrary<SitePage> {
  const records = archive.records.filter((record) => record.kind !== 'draft-translation');
  const fixed = fc.constantFrom('/', '/en/', '/en', '/sitemap.xml', '/robots.txt', '/lich-le-hoi', '/en/calendar', '/lich-le-hoi.ics', '/en/calendar.ics', '/lich-le-hoi?year=2026', '/en/calendar?year=2026&month=4');
  const search = fc
    .tuple(fc.constantFrom('/tim-kiem', '/en/search'), textProbe(archive), fc.constantFrom('', '&type=person', '&type=media-item', '&page=2', '&partial=1', '&sort=title:asc'))
    .map(([page, q, extra]) => ({ path: `${page}?q=${encodeURIComponent(String(q.value))}${extra}`, mustBeMissing: false }));
  const record = fc.tuple(fc.constantFrom(...records), fc.constantFrom('vi', 'en') as fc.Arbitrary<'vi' | 'en'>, fc.constantFrom('', '.ics', '?partial=1')).map(([r, locale, suffix]) => {
    const key = r.type === 'media-item' ? r.documentId : r.slug;
    const isHidden = r.kind !== 'public' && (r.kind !== 'researcher' || audience === 'public');
    // A newer draft's page exists under its published slug; its draft slug (which carries the marker) must not.
    const mustBeMissing = isHidden && !(r.kind === 'newer-draft' && r.type === 'media-item');
    const ics = suffix === '.ics' && r.type === 'festival' ? '.ics' : '';
    return { path: `${recordPath(locale, r.type, key)}${ics}${suffix === '?partial=1' ? suffix : ''}`, mustBeMissing: mustBeMissing && (r.type === 'festival' || ics === '') };
  });
  return fc.oneof(
    { arbitrary: fixed.map((path) => ({ path, mustBeMissing: false })), weight: 1 },
    { arbitrary: search, weight: 2 },
    { arbitrary: record, weight: 4 },
    { arbitrary: previewPageArbitrary(archive), weight: 2 },
  );
}

/**
 * The preview page (src/curation/preview) reads a record around the access rule, so only a valid
 * token may open it: every record, hidden or not, asked with no token, garbage, a token signed with
 * another key, an expired one, or a real-key token made for another record, locale or status.
 */
function previewPageArbitrary(archive: AttackArchive): fc.Arbitrary<SitePage> {
  const records = archive.records;
  const realKey = previewKey(process.env.ADMIN_JWT_SECRET ?? '');
  const lastHour = Date.now() - (PREVIEW_TTL_SECONDS + 3600) * 1000;
  return fc
    .tuple(
      fc.constantFrom(...records),
      fc.constantFrom(...records),
      fc.constantFrom('vi', 'en') as fc.Arbitrary<'vi' | 'en'>,
      fc.constantFrom('draft', 'published') as fc.Arbitrary<'draft' | 'published'>,
      fc.nat(5),
      fc.string(),
    )
    .map(([r, other, locale, status, how, junk]) => {
      const target = { type: r.type, documentId: r.documentId, locale, status };
      const token = [
        '',
        junk,
        signPreview(previewKey('not-the-key'), target),
        signPreview(realKey, target, lastHour),
        signPreview(realKey, { ...target, documentId: other.documentId === r.documentId ? `${r.documentId}x` : other.documentId }),
        signPreview(realKey, { ...target, locale: locale === 'vi' ? 'en' : 'vi' }),
      ][how];
      const query = `?status=${status}${token ? `&token=${encodeURIComponent(token)}` : ''}`;
      return { path: `${previewPath(locale, r.type, r.documentId)}${query}`, mustBeMissing: true };
    });
}

export interface MediaRequest {
  path: string;
  method: 'GET' | 'HEAD';
  range?: string;
}

/** Guessed and forged /media URLs for hidden items' real files. */
export function mediaUrlArbitrary(archive: AttackArchive): fc.Arbitrary<MediaRequest> {
  const secret = mediaUrlSecret();
  const targets = archive.hiddenFiles.flatMap((item) => [...item.derivativeKeys.map((key) => derivativePath(key)), ...item.originals]);
  if (!targets.length) throw new Error('the attack archive has no hidden media files to guess');
  const publicPath = '/media/d/' + (allDocumentIds(archive).find((id) => id.rowSecrecy === null)?.value ?? 'x') + '/1/run/image.webp';
  const trick = fc.constantFrom(
    (p: string) => p,
    (p: string) => p.replace('/media/', '/media//'),
    (p: string) => p.replace(/\/([^/]+)$/, '/x/../$1'),
    (p: string) => p.replace(/\/([^/]+)$/, '/%2e%2e/$1'),
    (p: string) => p.split('/').map((part, i) => (i > 3 ? encodeURIComponent(part).replace(/\./g, '%2E') : part)).join('/'),
    (p: string) => p.replace(/\//g, (slash, at: number) => (at > 10 ? '%2F' : slash)),
    (p: string) => p.toUpperCase(),
    (p: string) => p.replace('/media/d/', '/media/o/../d/'),
    (p: string) => p.replace('/media/d/', '/media/D/'),
  );
  const signature = fc.constantFrom(
    () => '',
    // Stale: signed properly, expired a minute ago.
    (p: string) => signPath({ secret, path: p, ttlSeconds: -60 }).slice(p.length),
    // Forged: a valid signature of another path.
    (p: string) => signPath({ secret, path: publicPath, ttlSeconds: 600 }).slice(publicPath.length).replace(/^/, '') + `&p=${encodeURIComponent(p)}`,
    () => `?exp=${Math.floor(Date.now() / 1000) + 600}&sig=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`,
    () => `?exp=9999999999&sig=`,
    () => '?exp=1.5&sig[]=x',
  );
  return fc
    .record({ target: fc.constantFrom(...targets), trick, signature, method: fc.constantFrom('GET', 'HEAD') as fc.Arbitrary<'GET' | 'HEAD'>, range: fc.constantFrom(undefined, 'bytes=0-10', 'bytes=-5') })
    .map(({ target, trick: rewrite, signature: sign, method, range }) => {
      const path = rewrite(target);
      return { path: path + sign(path), method, ...(range ? { range } : {}) };
    });
}

/**
 * Guessed and forged IIIF paths (src/iiif) for hidden items: manifests,
 * info.json and tiles, unsigned, properly signed (restricted and unpublished
 * items are no researcher's either), stale, or signed for another item.
 * A newer draft is left out: its published version is public, and its
 * draft's run cannot be named in a IIIF path at all.
 */
export function iiifUrlArbitrary(archive: AttackArchive): fc.Arbitrary<MediaRequest> {
  const secret = mediaUrlSecret();
  const targets = archive.hiddenFiles
    .filter((item) => item.kind !== 'newer-draft')
    .flatMap((item) => item.derivativeKeys.slice(0, 1).map((key) => ({ documentId: item.documentId, fileId: key.split('/')[2] ?? '1' })));
  if (!targets.length) throw new Error('the attack archive has no hidden media items to guess');
  const publicId = allDocumentIds(archive).find((id) => id.rowSecrecy === null)?.value ?? 'x';
  const hourAgo = () => Date.now() - 2 * 3600 * 1000;
  const service = fc.constantFrom(
    (t: { documentId: string; fileId: string }) => imageServicePath(t),
    (t: { documentId: string; fileId: string }) => signedServicePath({ secret, ...t }),
    (t: { documentId: string; fileId: string }) => signedServicePath({ secret, ...t, now: hourAgo() }),
    // Signed for a public item, moved onto the hidden one.
    (t: { documentId: string; fileId: string }) => imageServicePath(t) + signedServicePath({ secret, documentId: String(publicId), fileId: t.fileId }).replace(/^.*(\/s\/)/, '$1'),
    (t: { documentId: string; fileId: string }) => `${imageServicePath(t)}/s/9999999999/AAAA`,
  );
  const below = fc.constantFrom('info.json', '0,0,512,512/512,512/0/default.jpg', 'full/max/0/default.jpg', '../info.json', '%2e%2e/info.json');
  const manifest = fc.constantFrom(
    (id: string) => manifestPath(id),
    (id: string) => signedManifestPath({ secret, documentId: id }),
    (id: string) => signedManifestPath({ secret, documentId: id, now: hourAgo() }),
    (id: string) => manifestPath(id) + signedManifestPath({ secret, documentId: String(publicId) }).replace(/^[^?]*/, ''),
    (id: string) => manifestPath(id).replace('/iiif/', '/iiif//'),
  );
  return fc.oneof(
    fc.record({ target: fc.constantFrom(...targets), make: manifest, method: fc.constantFrom('GET', 'HEAD') as fc.Arbitrary<'GET' | 'HEAD'> }).map(({ target, make, method }) => ({ path: make(target.documentId), method })),
    fc
      .record({ target: fc.constantFrom(...targets), make: service, rest: below, method: fc.constantFrom('GET', 'HEAD') as fc.Arbitrary<'GET' | 'HEAD'> })
      .map(({ target, make, rest, method }) => ({ path: `${make(target)}/${rest}`, method })),
  );
}

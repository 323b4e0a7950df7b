/**
 * `npx tsx scripts/bench/search-typos.ts`: how many wrong hits short
 * Vietnamese queries get under different typo-tolerance settings, on the
 * seeded reference data, with a real Meilisearch. A hit is "wrong" when its
 * searchable text (accents folded) contains neither the query words nor a
 * synonym of them (the last word may be a prefix, as Meilisearch allows).
 * Also checks whether synonyms written with diacritics fire for queries
 * typed without them. Prints tables for src/search/settings.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NO_EXPIRY } from '../../src/access/levels';
import type { CatalogueDocument } from '../../src/search/catalogue';
import { addDocuments, createIndex, createSearchClient, updateSettings, type SearchClient } from '../../src/search/client';
import { toCatalogueDocument } from '../../src/search/documents';
import { catalogueSettings } from '../../src/search/settings';
import { customs } from '../../src/seed/data/customs';
import { ethnicGroups } from '../../src/seed/data/ethnic-groups';
import { festivals } from '../../src/seed/data/festivals';
import { languages } from '../../src/seed/data/languages';
import { loadDienBienPlaces } from '../../src/seed/data/places';
import { startMeilisearch } from '../lib/meilisearch-server';

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').replace(/[’‘]/g, "'").toLowerCase();

function seedDocuments(): CatalogueDocument[] {
  const places = loadDienBienPlaces();
  const group = (code: string, locale: 'vi' | 'en') => {
    const seed = ethnicGroups.find((g) => g.gsoCode === code);
    return seed ? { name: seed.name[locale], gsoCode: code, accessLevel: 'public' } : null;
  };
  const place = (name: string, locale: 'vi' | 'en') => {
    const seed = places.find((p) => p.name.vi === name || p.shortName === name);
    return seed ? { name: seed.name[locale], code: seed.code, kind: seed.kind, accessLevel: 'public' } : null;
  };
  const docs: CatalogueDocument[] = [];
  for (const locale of ['vi', 'en'] as const) {
    const other = locale === 'vi' ? 'en' : 'vi';
    const base = { locale, accessLevel: 'public' as const, visibleUntil: NO_EXPIRY };
    ethnicGroups.forEach((g, i) =>
      docs.push(toCatalogueDocument({ ...base, type: 'ethnic-group', otherLocaleTitle: g.name[other],
        record: { documentId: `g${i}`, name: g.name[locale], gsoCode: g.gsoCode, otherNames: g.otherNames, description: g.description[locale] } })),
    );
    languages.forEach((l, i) =>
      docs.push(toCatalogueDocument({ ...base, type: 'language', otherLocaleTitle: l.name[other],
        record: { documentId: `l${i}`, name: l.name[locale], iso6393: l.iso6393, family: l.family[locale], vitality: l.vitality?.[locale],
          speakingGroups: l.speakingGroups.map((c) => group(c, locale)).filter((x) => x !== null) } })),
    );
    places.forEach((p, i) =>
      docs.push(toCatalogueDocument({ ...base, type: 'place', otherLocaleTitle: p.name[other],
        record: { documentId: `p${i}`, name: p.name[locale], code: p.code, kind: p.kind, formerUnits: p.formerUnits } })),
    );
    for (const [type, list] of [['festival', festivals], ['custom', customs]] as const) {
      list.forEach((f, i) =>
        docs.push(toCatalogueDocument({ ...base, type, otherLocaleTitle: f.name[other],
          record: { documentId: `${type[0]}${i}`, name: f.name[locale], otherNames: f.otherNames, description: f.description[locale],
            rituals: 'rituals' in f ? f.rituals?.[locale] : undefined,
            ethnicGroups: f.ethnicGroups.map((c) => group(c, locale)).filter((x) => x !== null),
            places: f.places.map((n) => place(n, locale)).filter((x) => x !== null) } })),
      );
    }
  }
  return docs;
}

/** Query → phrases (folded) a right hit contains; the query's own words come first. */
const QUERIES: Record<string, string[]> = {
  'xen ban': ['xen ban'],
  'tet nao pe chau': ['nao pe chau'],
  thai: ['thai', 'tai dam', 'tai don', 'black tai', 'white tai', 'tai people'],
  tai: ['tai ', 'thai', 'tai dam', 'tai don'],
  tay: ['tay'],
  mong: ['mong', 'hmong', "h'mong", 'hmoob'],
  hmong: ['hmong', "h'mong", 'mong', 'hmoob'],
  dao: ['dao', 'yao', 'mien'],
  'tai dam': ['tai dam', 'thai den', 'black tai', 'black thai'],
  khmu: ['khmu', 'kho mu', 'kmhmu', 'khamu'],
  hani: ['hani', 'ha nhi'],
  lue: ['lue', 'lu '],
  hmonng: ['hmong', "h'mong", 'mong', 'hmoob'],
  festivel: ['festival'],
  'xoe thai': ['xoe thai', 'xoe dance of the tai'],
  meo: ['meo', 'hmong', "h'mong"],
  khang: ['khang'],
  sila: ['sila', 'si la'],
  'new year': ['new year', 'tet'],
  'muong thanh': ['muong thanh'],
  'hoa ban': ['hoa ban'],
};

const searchableText = (d: CatalogueDocument) =>
  fold([d.title, ...d.names, ...d.hiddenNames, ...d.taggedNames.map((t) => t.value), ...d.ethnicGroups, ...d.places, ...d.languages, d.description].join(' | '));

const isRight = (doc: CatalogueDocument, phrases: string[]) => {
  const text = searchableText(doc);
  return phrases.some((phrase) => new RegExp(`(^|[^\\p{L}\\p{N}'])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(text));
};

async function measure(client: SearchClient, index: string, docs: Map<string, CatalogueDocument>, matchingStrategy: 'last' | 'all') {
  const row: Record<string, string> = {};
  for (const [query, phrases] of Object.entries(QUERIES)) {
    const result = await client.index(index).search(query, { limit: 1000, attributesToRetrieve: ['id'], matchingStrategy });
    const hits = result.hits.map((hit) => docs.get(hit.id as string)!);
    const wrong = hits.filter((doc) => !isRight(doc, phrases));
    const relevant = [...docs.values()].filter((doc) => isRight(doc, phrases)).length;
    row[query] = `${wrong.length} wrong / ${hits.length} hits (relevant ${relevant})`;
  }
  return row;
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'di-san-bench-'));
  const server = await startMeilisearch({ dataDir, masterKey: 'bench-master-key-0123456789', port: 7790 });
  try {
    const client = createSearchClient({ host: server.host, apiKey: server.masterKey });
    const documents = seedDocuments();
    const docs = new Map(documents.map((d) => [d.id, d]));
    console.log(`${documents.length} documents`);
    const variants: Array<[string, { oneTypo: number; twoTypos: number } | null]> = [
      ['3/7', { oneTypo: 3, twoTypos: 7 }],
      ['4/8', { oneTypo: 4, twoTypos: 8 }],
      ['5/9 (default)', { oneTypo: 5, twoTypos: 9 }],
      ['6/10', { oneTypo: 6, twoTypos: 10 }],
      ['7/11', { oneTypo: 7, twoTypos: 11 }],
      ['off', null],
    ];
    const tables: Record<string, Record<string, Record<string, string>>> = { last: {}, all: {} };
    for (const [name, sizes] of variants) {
      const index = `bench_${name.replace(/\W+/g, '_')}`;
      await createIndex(client, index);
      const base = catalogueSettings();
      await updateSettings(client, index, {
        ...base,
        typoTolerance: sizes ? { ...base.typoTolerance, minWordSizeForTypos: sizes } : { enabled: false },
      });
      await addDocuments(client, index, documents);
      for (const strategy of ['last', 'all'] as const) tables[strategy][name] = await measure(client, index, docs, strategy);
    }
    for (const [strategy, table] of Object.entries(tables)) {
      console.log(`\nmatchingStrategy: ${strategy}`);
      for (const query of Object.keys(QUERIES)) {
        console.log(`${query.padEnd(16)} ${variants.map(([name]) => `${name}: ${table[name][query]}`).join(' | ')}`);
      }
    }
    // Do synonyms written with diacritics fire for queries typed without them?
    await createIndex(client, 'bench_synonyms');
    await updateSettings(client, 'bench_synonyms', { synonyms: { thái: ['tai'], mèo: ['hmong'], 'thái đen': ['tai dam'] } });
    await addDocuments(client, 'bench_synonyms', [
      { id: 'a', title: 'Tai Dón' },
      { id: 'b', title: 'Hmong' },
      { id: 'c', title: 'Tai Dam' },
    ]);
    for (const query of ['thai', 'thái', 'meo', 'mèo', 'thai den', 'thái đen']) {
      const result = await client.index('bench_synonyms').search(query);
      console.log(`synonym check: "${query}" → ${result.hits.map((h) => h.title).join(', ') || '(none)'}`);
    }
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

/**
 * Index settings as code. Bump SETTINGS_VERSION whenever anything here (or
 * the document shape) changes: boot sees the stored version differ, applies
 * the settings and re-syncs every record (src/search/sync/catch-up.ts).
 *
 * Typo tolerance, measured with the real Meilisearch 1.21 on the seeded
 * reference data (298 documents: 54 groups, 21 languages, 46 places, 22
 * festivals, 6 customs; vi + en) by `npx tsx scripts/bench/search-typos.ts`.
 * "wrong" = hits whose text (accents folded) holds neither the query words
 * nor a synonym; matchingStrategy 'all'. wrong/hits per minWordSizeForTypos
 * (oneTypo/twoTypos):
 *
 *   query        3/7      4/8      5/9 (default)  6/10 (chosen)  off
 *   xen ban      9/11     2/4      2/4            2/4            2/4
 *   thai         88/130   88/130   0/42           0/42           0/42
 *   tay          92/127   0/35     0/35           0/35           0/35
 *   mong         137/167  137/167  0/30           0/30           0/30
 *   hmong        5/35     5/35     5/35           0/30           0/30
 *   dao          122/169  0/47     0/47           0/47           0/47
 *   khang        24/28    24/28    24/28          0/4            0/4
 *   muong thanh  18/28    18/28    18/28          6/16           6/16
 *   hmonng       0/19     0/19     0/19           0/19           0/0  (typo recall)
 *   festivel     2/21     2/21     1/20           1/20           0/0  (typo recall)
 *
 * With matchingStrategy 'last' (Meilisearch's default) multi-word queries
 * drop words and flood: 'xen ban' 4/6, 'tai dam' 54/60, 'tet nao pe chau'
 * 10/12, 'hoa ban' 44/46 — the search API should send 'all' (then 2/4, 1/7,
 * 0/2, 17/19; the remaining "wrong" hits hold both words apart and rank last).
 * Vietnamese syllables are 2–7 letters and one changed letter is usually
 * another word (khang→khanh/thang, hmong→among), so one typo starts at 6
 * letters (still catches "hmonng", "festivel") and two at 10.
 */
import type { IndexSettings } from './client';
import { synonymSetting } from './synonyms';

// 2: visibleUntil (consent expiry at query time) is filterable; documents are re-synced to carry it.
export const SETTINGS_VERSION = 2;

export const CATALOGUE_FILTERABLE = [
  'documentId',
  'type',
  'locale',
  'accessLevel',
  'ethnicGroupCodes',
  'languageCodes',
  'placeCodes',
  'lunarMonths',
  'solarMonths',
  'heritage',
  'mediaKinds',
  'decade',
  'year',
  'visibleUntil',
] as const;

export const TYPO_TOLERANCE = {
  enabled: true,
  minWordSizeForTypos: { oneTypo: 6, twoTypos: 10 },
  disableOnAttributes: ['taggedNames.tag'],
  disableOnNumbers: true,
};

export const catalogueSettings = (): IndexSettings => ({
  // Ranked: a hit in the title beats one in other names, which beats the description.
  searchableAttributes: ['title', 'names', 'hiddenNames', 'taggedNames.value', 'ethnicGroups', 'places', 'languages', 'description'],
  filterableAttributes: [...CATALOGUE_FILTERABLE],
  sortableAttributes: ['title', 'year', 'decade', 'updatedAt'],
  // Everything but hiddenNames: a pejorative exonym finds the record but is never shown.
  displayedAttributes: [
    'id', 'documentId', 'type', 'locale', 'accessLevel', 'slug', 'title', 'names', 'taggedNames', 'description', 'snippet',
    'ethnicGroups', 'ethnicGroupCodes', 'languages', 'languageCodes', 'places', 'placeCodes', 'lunarMonths', 'solarMonths',
    'heritage', 'mediaKinds', 'year', 'decade', 'updatedAt',
  ],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: 5000 },
  synonyms: synonymSetting(),
  typoTolerance: TYPO_TOLERANCE,
  // Festival names contain "Tết", "Lễ hội"… that carry meaning; no stop words.
  stopWords: [],
  separatorTokens: [],
  nonSeparatorTokens: [],
});

export const transcriptSettings = (): IndexSettings => ({
  searchableAttributes: ['text', 'mediaTitle'],
  filterableAttributes: ['mediaDocumentId', 'tag', 'locale', 'accessLevel', 'start', 'visibleUntil'],
  sortableAttributes: ['start', 'mediaDocumentId'],
  displayedAttributes: ['id', 'mediaDocumentId', 'mediaTitle', 'tag', 'locale', 'accessLevel', 'start', 'end', 'text'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  faceting: { maxValuesPerFacet: 100 },
  pagination: { maxTotalHits: 5000 },
  synonyms: synonymSetting(),
  typoTolerance: TYPO_TOLERANCE,
});

export type IndexKind = 'catalogue' | 'transcripts';
export const settingsFor = (kind: IndexKind): IndexSettings => (kind === 'catalogue' ? catalogueSettings() : transcriptSettings());

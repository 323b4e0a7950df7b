import type { Core } from '@strapi/strapi';
import { customs } from './data/customs';
import { ethnicGroups } from './data/ethnic-groups';
import { festivals } from './data/festivals';
import { languages } from './data/languages';
import { loadDienBienPlaces } from './data/places';
import { customData, ethnicGroupData, festivalData, languageData, type Locale, placeData } from './mappers';
import { ensureDocument } from './upsert';
import { uidOf } from '../content-model';

export interface SeedProgress {
  step: string;
  done: number;
  total: number;
}

export interface SeedReport {
  created: Record<string, number>;
  existing: Record<string, number>;
}


/**
 * Seed the reference data: places, languages, ethnic groups, festivals and
 * customs, in that order so every relation has its target. Idempotent:
 * records are matched by their natural key and never overwritten.
 */
export async function seedReferenceData(
  strapi: Core.Strapi,
  onProgress: (progress: SeedProgress) => void = () => {},
): Promise<SeedReport> {
  const report: SeedReport = { created: {}, existing: {} };
  const places = loadDienBienPlaces();
  const total = places.length + languages.length + ethnicGroups.length + festivals.length + customs.length;
  let done = 0;
  const tally = (step: string, isNew: boolean) => {
    const bucket = isNew ? report.created : report.existing;
    bucket[step] = (bucket[step] ?? 0) + 1;
    onProgress({ step, done: ++done, total });
  };
  const both = (build: (locale: Locale) => Record<string, unknown>) => ({ vi: build('vi'), en: build('en') });

  const placeIds = new Map<string, string>();
  const placeIdsByName = new Map<string, string>();
  for (const place of places) {
    const parent = place.parentCode ? placeIds.get(place.parentCode) : undefined;
    const { documentId, isNew } = await ensureDocument(strapi, {
      uid: uidOf('place'),
      key: { field: 'code', value: place.code },
      ...both((locale) => placeData(place, locale, parent)),
    });
    placeIds.set(place.code, documentId);
    placeIdsByName.set(place.name.vi, documentId);
    placeIdsByName.set(place.shortName, documentId);
    tally('places', isNew);
  }
  const provinceId = placeIds.get(places[0].code)!;
  const placesNamed = (names: string[], record: string) =>
    names.map((name) => {
      const id = placeIdsByName.get(name.normalize('NFC'));
      if (!id) throw new Error(`Seed data: place "${name}" of "${record}" is not a current unit of Điện Biên.`);
      return id;
    });

  const languageIds = new Map<string, string>();
  for (const language of languages) {
    const { documentId, isNew } = await ensureDocument(strapi, {
      uid: uidOf('language'),
      key: { field: 'iso6393', value: language.iso6393 },
      ...both((locale) => languageData(language, locale)),
    });
    languageIds.set(language.iso6393, documentId);
    tally('languages', isNew);
  }

  const groupIds = new Map<string, string>();
  for (const group of ethnicGroups) {
    const links = {
      languages: (group.languages ?? []).map((code) => {
        const id = languageIds.get(code);
        if (!id) throw new Error(`Seed data: language "${code}" of group ${group.gsoCode} is not seeded.`);
        return id;
      }),
      places: group.presentInDienBien ? [provinceId] : [],
    };
    const { documentId, isNew } = await ensureDocument(strapi, {
      uid: uidOf('ethnic-group'),
      key: { field: 'gsoCode', value: group.gsoCode },
      ...both((locale) => ethnicGroupData(group, locale, links)),
    });
    groupIds.set(group.gsoCode, documentId);
    tally('ethnic-groups', isNew);
  }
  const groupsCoded = (codes: string[]) =>
    codes.map((code) => {
      const id = groupIds.get(code);
      if (!id) throw new Error(`Seed data: ethnic group ${code} is not seeded.`);
      return id;
    });

  for (const festival of festivals) {
    const links = { ethnicGroups: groupsCoded(festival.ethnicGroups), places: placesNamed(festival.places, festival.slug) };
    const { isNew } = await ensureDocument(strapi, {
      uid: uidOf('festival'),
      key: { field: 'slug', value: festival.slug },
      ...both((locale) => festivalData(festival, locale, links)),
    });
    tally('festivals', isNew);
  }
  for (const custom of customs) {
    const links = { ethnicGroups: groupsCoded(custom.ethnicGroups), places: placesNamed(custom.places, custom.slug) };
    const { isNew } = await ensureDocument(strapi, {
      uid: uidOf('custom'),
      key: { field: 'slug', value: custom.slug },
      ...both((locale) => customData(custom, locale, links)),
    });
    tally('customs', isNew);
  }
  return report;
}

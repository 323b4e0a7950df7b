/**
 * Valid record data for every archive type, with one token (a hidden record's
 * marker, or a public record's own word) in every text field a person types,
 * including the text fields of its components. Text attributes come from the
 * model, so a new one carries the marker without a change here; only values
 * the write checks validate (codes, URLs, dates, enums) are chosen by hand.
 */
import type { Core } from '@strapi/strapi';
import { checkBcp47, checkIso6393 } from '../../../src/validation';
import { loadIso6393 } from '../../../src/validation/iso6393-data';
import { typedTextAttributes } from './model';
import { uidOf, type ArchiveType } from '../../../src/content-model';

type Data = Record<string, unknown>;

/** `<field> <token> <field>`: the text around the token differs per field, so a query value names one field. */
export const textOf = (field: string, token: string) => `${field} ${token} ${field}`;
const urlOf = (field: string, token: string) => `https://example.org/${token}/${field}`;

/** Attributes whose value the write checks or the app itself own; everything else typed gets the token. */
const NOT_TYPED: Record<string, string[]> = {
  'ethnic-group': ['gsoCode'],
  language: ['iso6393', 'bcp47'],
  'media-item': ['date', 'rightsUri', 'processingStatus', 'sha256', 'perceptualHash'],
  place: ['code'],
};

/** Required non-text values of components, by component uid; text attributes are filled from the model. */
const COMPONENT_BASE: Record<string, (token: string) => Data> = {
  'shared.tagged-name': () => ({ tag: 'vi' }),
  'shared.source': (token) => ({ url: urlOf('url', token), accessedOn: '2025-01-01' }),
  'shared.uncertain-fact': () => ({}),
  'shared.population-note': (token) => ({ year: 2019, sourceUrl: urlOf('sourceUrl', token) }),
  'heritage.status': () => ({ list: 'national', year: 2020 }),
  'place.former-unit': (token) => ({ code: token }),
  'shared.geo-point': () => ({ latitude: 21.386, longitude: 103.023 }),
  'calendar.timing-rule': () => ({ calendar: 'lunar', month: 3, day: 5 }),
  'calendar.occurrence': (token) => ({ year: 2026, startDate: '2026-04-21', endDate: '2026-04-22', sourceUrl: urlOf('sourceUrl', token) }),
};
/** Component text attributes that are codes or URLs, not typed text. */
const COMPONENT_NOT_TYPED = new Set(['tag', 'url', 'sourceUrl', 'code']);
/** Components made elsewhere (consent: by kind) or needing files (captions). */
const COMPONENT_SKIPPED = new Set(['media.consent', 'media.caption']);

interface RawAttribute {
  type: string;
  component?: string;
  repeatable?: boolean;
  pluginOptions?: { i18n?: { localized?: boolean } };
}

const attributesOf = (strapi: Core.Strapi, uid: string) =>
  (strapi.getModel(uid as never) as unknown as { attributes: Record<string, RawAttribute> }).attributes;

function componentData(strapi: Core.Strapi, component: string, token: string): Data {
  const data: Data = { ...COMPONENT_BASE[component]?.(token) };
  for (const attribute of typedTextAttributes(strapi, component)) {
    if (!COMPONENT_NOT_TYPED.has(attribute.name)) data[attribute.name] = textOf(attribute.name, token);
  }
  return data;
}

/**
 * Unique codes for the attributes the database keeps unique: GSO codes 10–54
 * and ISO 639-3 codes that are valid BCP 47 tags too.
 */
export function uniqueCodes(): { gso(): string; language(): string } {
  let gso = 9;
  const languages = [...loadIso6393().codes].filter((code) => /^[a-z]{3}$/.test(code) && checkIso6393(code) === null && checkBcp47(code) === null).sort();
  let language = 0;
  return {
    gso() {
      gso += 1;
      if (gso > 54) throw new Error('the attack archive ran out of GSO codes');
      return String(gso);
    },
    language: () => languages[(language += 7)],
  };
}

export interface RecordDataOptions {
  strapi: Core.Strapi;
  type: ArchiveType;
  token: string;
  codes: ReturnType<typeof uniqueCodes>;
  /** Only the attributes a translation carries (localized ones). */
  isTranslation?: boolean;
}

/** Data for a record of `type` with `token` in every typed text field; access, consent and relations are added by the caller. */
export function recordData({ strapi, type, token, codes, isTranslation = false }: RecordDataOptions): Data {
  const uid = uidOf(type);
  const skipped = new Set(NOT_TYPED[type] ?? []);
  const data: Data = {};
  for (const attribute of typedTextAttributes(strapi, uid)) {
    if (skipped.has(attribute.name) || (isTranslation && !attribute.isLocalized)) continue;
    data[attribute.name] = textOf(attribute.name, token);
  }
  for (const [name, attribute] of Object.entries(attributesOf(strapi, uid))) {
    if (attribute.type !== 'component' || !attribute.component || COMPONENT_SKIPPED.has(attribute.component)) continue;
    if (isTranslation && attribute.pluginOptions?.i18n?.localized === false) continue;
    const entry = componentData(strapi, attribute.component, token);
    data[name] = attribute.repeatable ? [entry] : entry;
  }
  if (isTranslation) return data;
  data.slug = `slug-${token}`;
  if (type === 'ethnic-group') Object.assign(data, { gsoCode: codes.gso(), languageGroup: 'tay-thai', presentInDienBien: true });
  if (type === 'language') {
    const code = codes.language();
    Object.assign(data, { iso6393: code, bcp47: code });
  }
  if (type === 'custom') data.domain = 'craftsmanship';
  if (type === 'place') Object.assign(data, { kind: 'village', code: token });
  // Images: any media item may be linked as a person's portrait, which must be an image.
  if (type === 'media-item') Object.assign(data, { kind: 'image', rightsUri: 'https://creativecommons.org/licenses/by-sa/4.0/', date: '2020-05' });
  return data;
}

/** Relations of a type that it owns (stored on its side), by name, with their target type. */
export function owningRelations(strapi: Core.Strapi, type: ArchiveType): Array<{ name: string; target: string; isToMany: boolean; isInverseKnown: boolean }> {
  const attributes = attributesOf(strapi, uidOf(type)) as Record<string, RawAttribute & { target?: string; relation?: string; mappedBy?: string; inversedBy?: string }>;
  return Object.entries(attributes)
    .filter(([name, attribute]) => attribute.type === 'relation' && attribute.target?.startsWith('api::') && !attribute.mappedBy && name !== 'localizations')
    .map(([name, attribute]) => ({
      name,
      target: attribute.target!.split('.')[1],
      isToMany: /ToMany$/.test(attribute.relation ?? ''),
      isInverseKnown: Boolean(attribute.inversedBy),
    }));
}

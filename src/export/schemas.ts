/**
 * The schema.json files the export plan is derived from, imported (not read
 * from disk at run time) so the plan is a constant the compiler checks and
 * the build carries, and the same in tests, the endpoint and the docs.
 * Strapi builds the database from these very files, so a field added to a
 * type reaches this plan with no second list to update.
 */
import type { ArchiveType } from '../content-model';
import customSchema from '../api/custom/content-types/custom/schema.json';
import ethnicGroupSchema from '../api/ethnic-group/content-types/ethnic-group/schema.json';
import festivalSchema from '../api/festival/content-types/festival/schema.json';
import languageSchema from '../api/language/content-types/language/schema.json';
import mediaItemSchema from '../api/media-item/content-types/media-item/schema.json';
import personSchema from '../api/person/content-types/person/schema.json';
import placeSchema from '../api/place/content-types/place/schema.json';
import storySchema from '../api/story/content-types/story/schema.json';
import occurrence from '../components/calendar/occurrence.json';
import timingRule from '../components/calendar/timing-rule.json';
import heritageStatus from '../components/heritage/status.json';
import caption from '../components/media/caption.json';
import consent from '../components/media/consent.json';
import formerUnit from '../components/place/former-unit.json';
import geoPoint from '../components/shared/geo-point.json';
import populationNote from '../components/shared/population-note.json';
import source from '../components/shared/source.json';
import taggedName from '../components/shared/tagged-name.json';
import uncertainFact from '../components/shared/uncertain-fact.json';

export interface Attribute {
  type: string;
  private?: boolean;
  relation?: string;
  target?: string;
  component?: string;
  repeatable?: boolean;
  enum?: string[];
  pluginOptions?: { i18n?: { localized?: boolean } };
}

export type Attributes = Record<string, Attribute>;

const attributesOf = (schema: { attributes: object }) => schema.attributes as Attributes;

/** Each type's attributes, in schema order (the order of the export's columns). */
export const TYPE_ATTRIBUTES: Record<ArchiveType, Attributes> = {
  'ethnic-group': attributesOf(ethnicGroupSchema),
  language: attributesOf(languageSchema),
  festival: attributesOf(festivalSchema),
  custom: attributesOf(customSchema),
  place: attributesOf(placeSchema),
  'media-item': attributesOf(mediaItemSchema),
  person: attributesOf(personSchema),
  story: attributesOf(storySchema),
};

/** Each component's attributes, by component uid. */
export const COMPONENT_ATTRIBUTES: Record<string, Attributes> = {
  'calendar.occurrence': attributesOf(occurrence),
  'calendar.timing-rule': attributesOf(timingRule),
  'heritage.status': attributesOf(heritageStatus),
  'media.caption': attributesOf(caption),
  'media.consent': attributesOf(consent),
  'place.former-unit': attributesOf(formerUnit),
  'shared.geo-point': attributesOf(geoPoint),
  'shared.population-note': attributesOf(populationNote),
  'shared.source': attributesOf(source),
  'shared.tagged-name': attributesOf(taggedName),
  'shared.uncertain-fact': attributesOf(uncertainFact),
};

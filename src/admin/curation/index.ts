/**
 * The curation admin UI: one folder per part of docs/curation.md, each giving
 * its text in both languages, what it adds at register (menu links, home
 * widgets) and at bootstrap (content-manager panels and actions).
 */
import type { StrapiApp } from '@strapi/strapi/admin';
import * as audit from './audit';
import * as consent from './consent';
import * as history from './history';
import * as media from './media';
import * as review from './review';
import * as researchers from './researchers';
import * as scope from './scope';

const PARTS = [review, history, audit, scope, media, consent, researchers];

export const curationTranslations = {
  vi: Object.assign({}, ...PARTS.map((part) => part.vi)) as Record<string, string>,
  en: Object.assign({}, ...PARTS.map((part) => part.en)) as Record<string, string>,
};

export function registerCuration(app: StrapiApp): void {
  for (const part of PARTS) part.register(app);
}

export function bootstrapCuration(app: StrapiApp): void {
  for (const part of PARTS) part.bootstrap(app);
}

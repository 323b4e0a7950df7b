/**
 * `meta.citation` on single-record REST reads (`GET /api/<type>/<documentId>`):
 * APA and Chicago text, the permanent link and the citation files. Made only
 * from the response's own `data`, which the access guard already filtered
 * (src/access), so it can say nothing the caller may not see. Links are
 * absolute when PUBLIC_URL is set, else paths: REST never builds links from
 * the request's Host header (docs/site.md).
 */
import type { Core } from '@strapi/strapi';
import { vietnamToday } from '../access/levels';
import type { ArchiveType } from '../content-model';
import { messages } from '../site/i18n';
import { citeFilePath, permalinkPath, type SiteLocale } from '../site/routes';
import { toCslItem } from './csl';
import { citationTexts } from './formats';

interface Response {
  /** A list answer (an array) gets no citation. */
  data?: unknown;
  meta?: Record<string, unknown>;
}
const isRecord = (data: unknown): data is Record<string, unknown> & { documentId: string } =>
  !!data && typeof data === 'object' && !Array.isArray(data) && typeof (data as { documentId?: unknown }).documentId === 'string';
type FindOne = (this: unknown, ctx: unknown) => Promise<Response | undefined>;

export function restCitation({ type, data, origin, today = vietnamToday() }: { type: ArchiveType; data: Record<string, unknown>; origin: string; today?: string }) {
  const locale: SiteLocale = data.locale === 'en' ? 'en' : 'vi';
  const documentId = String(data.documentId);
  const permalink = origin + permalinkPath(locale, type, documentId);
  const item = toCslItem({ type, record: data, locale, permalink, accessed: today, publisher: messages(locale).siteName });
  const file = (format: 'bib' | 'ris' | 'json') => origin + citeFilePath(locale, type, documentId, format);
  return { ...citationTexts(item), permalink, accessed: today, downloads: { bibtex: file('bib'), ris: file('ris'), cslJson: file('json') } };
}

/** A findOne answer with `meta.citation` added (unchanged when it holds no record). */
export function withCitationMeta<R extends Response | undefined>(strapi: Core.Strapi, type: ArchiveType, result: R): R {
  if (!result || !isRecord(result.data)) return result;
  const origin = String(strapi.config.get('server.url', '') ?? '').replace(/\/+$/, '');
  return { ...result, meta: { ...result.meta, citation: restCitation({ type, data: result.data, origin }) } };
}

/**
 * Wraps a controller extension so that findOne answers carry `meta.citation`;
 * typed as the extension it wraps, so Strapi's factory takes it the same way.
 */
export function withCitation<E extends (deps: { strapi: Core.Strapi }) => object>(type: ArchiveType, extension: E): E {
  const wrapped = (deps: { strapi: Core.Strapi }) => {
    const controller = extension(deps) as { findOne?: FindOne };
    const findOne = controller.findOne;
    return {
      ...controller,
      async findOne(this: unknown, ctx: unknown) {
        // Without an own findOne the extension left Strapi's: `this` is the controller, its prototype the core one.
        const base = findOne ?? (Object.getPrototypeOf(this) as { findOne: FindOne }).findOne;
        return withCitationMeta(deps.strapi, type, await base.call(this, ctx));
      },
    };
  };
  return wrapped as unknown as E;
}

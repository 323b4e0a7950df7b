import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { buildCalendar, type CalendarFestivalInput, type StoredTimingRule, toTimingRule } from '../../../calendar';
import { DEFAULT_LOCALE, UI_LOCALES } from '../../../bootstrap/content-types';
import { uidOf } from '../../../content-model';

interface FestivalRow extends Omit<CalendarFestivalInput, 'timing'> {
  slug?: string;
  timing?: StoredTimingRule | null;
}

const LOCALE_CODES: string[] = UI_LOCALES.map((locale) => locale.code);

function parseQuery(query: Record<string, unknown>): { year: number; month: number | null; locale: string } {
  const year = Number(query.year);
  if (query.year === undefined || !Number.isInteger(year) || year < 1900 || year > 2100) {
    throw new errors.ValidationError('year must be a whole year between 1900 and 2100, e.g. ?year=2027.');
  }
  const month = query.month === undefined || query.month === '' ? null : Number(query.month);
  if (month !== null && (!Number.isInteger(month) || month < 1 || month > 12)) {
    throw new errors.ValidationError('month must be a number from 1 to 12, e.g. ?year=2027&month=2.');
  }
  const locale = query.locale === undefined ? DEFAULT_LOCALE : String(query.locale);
  if (!LOCALE_CODES.includes(locale)) {
    throw new errors.ValidationError(`locale must be one of ${LOCALE_CODES.join(', ')}.`);
  }
  return { year, month, locale };
}

/**
 * GET /api/calendar?year=YYYY[&month=M][&locale=vi|en]
 * Festival occurrences the caller may see. The document queries below run in
 * the content-API request context, so src/access filters them like any REST read.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async index(ctx: { query: Record<string, unknown>; body: unknown }) {
    const { year, month, locale } = parseQuery(ctx.query);
    const load = (wanted: string) =>
      strapi.documents(uidOf('festival')).findMany({
        locale: wanted,
        status: 'published',
        fields: ['name', 'slug'],
        populate: { timing: true, occurrences: true },
      }) as unknown as Promise<FestivalRow[]>;
    // Festivals not yet translated fall back to Vietnamese, the archive's working language.
    const [base, translated] = await Promise.all([load(DEFAULT_LOCALE), locale === DEFAULT_LOCALE ? [] : load(locale)]);
    const byId = new Map(translated.map((festival) => [festival.documentId, festival]));
    const festivals = base.map((festival) => byId.get(festival.documentId) ?? festival);
    const calendar = buildCalendar({
      year,
      month,
      festivals: festivals.map((festival) => ({ ...festival, timing: festival.timing ? toTimingRule(festival.timing) : null })),
    });
    const slugs = new Map(festivals.map((festival) => [festival.documentId, festival.slug]));
    const withSlug = <T extends { festival: { documentId: string } }>(item: T) => ({
      ...item,
      festival: { ...item.festival, slug: slugs.get(item.festival.documentId) },
    });
    ctx.body = {
      data: { ...calendar, entries: calendar.entries.map(withSlug), undated: calendar.undated.map(withSlug) },
      meta: { locale, calendar: 'Vietnamese lunar calendar (UTC+7) for lunar rules' },
    };
  },
});

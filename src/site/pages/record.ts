/** A detail page (and a festival's .ics), or null for a record the public may not see: the caller answers 404. */
import { vietnamToday } from '../../access/levels';
import type { ArchiveType } from '../../content-model';
import type { FileRenditions, Renditions } from '../../media/renditions';
import { buildIcs, icsUid, type IcsEvent } from '../calendar/ics';
import { formatLunarDate } from '../calendar/month-grid';
import type { Html } from '../html';
import { festivalYears, nextEntry } from '../load/festival-dates';
import type { SiteReader } from '../load/reader';
import { loadRecordPage } from '../load/record';
import { transcriptLines } from '../load/transcript';
import { recordPath } from '../routes';
import { recordMeta } from '../seo/record-meta';
import { citationMetaTags } from '../seo/citation-meta';
import { siteCitation } from './cite';
import type { PageContext, PageMeta } from '../views/layout';
import { nameOf } from '../views/parts';
import { recordBody } from '../views/record';

const startAtOf = (value: unknown): number | undefined => {
  const n = typeof value === 'string' && /^\d{1,6}(\.\d+)?$/.test(value) ? Number(value) : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
};

export async function recordPage(
  ctx: PageContext,
  reader: SiteReader,
  { type, key, query, by }: { type: ArchiveType; key: string; query: Record<string, unknown>; by?: string },
): Promise<{ meta: PageMeta; body: Html } | null> {
  const page = await loadRecordPage(reader, type, key, ctx.locale, by);
  if (!page) return null;
  const today = vietnamToday();
  const year = Number(today.slice(0, 4));
  const years = type === 'festival' ? festivalYears(page.record, [year, year + 1]) : undefined;
  let transcript;
  if (type === 'media-item') {
    const files = ((page.record.renditions as Renditions | null)?.files ?? []) as FileRenditions[];
    const av = files.find((file) => file.kind === 'video' || file.kind === 'audio');
    transcript = av ? await transcriptLines(av, ctx.locale, reader.storage) : [];
  }
  const citation = siteCitation(ctx, type, page.record);
  const body = recordBody(ctx, { type, page, years, transcript, startAt: startAtOf(query.t), citation });
  const meta = recordMeta(ctx, { type, record: page.record, linkedMedia: page.backlinks['media-item'] ?? [], next: years ? nextEntry(years, today) : null });
  return { meta: { ...meta, metaTags: citationMetaTags(citation.item) }, body };
}

/** "Add to calendar": this year's and next year's dates of one festival. */
export async function festivalIcs(ctx: PageContext, reader: SiteReader, key: string): Promise<string | null> {
  const page = await loadRecordPage(reader, 'festival', key, ctx.locale);
  if (!page) return null;
  const year = Number(vietnamToday().slice(0, 4));
  const url = ctx.origin + recordPath(ctx.locale, 'festival', key);
  const name = nameOf(page.record);
  const events = festivalYears(page.record, [year, year + 1]).flatMap((y) =>
    y.entries.map((entry) => ({
      uid: icsUid(page.record.documentId, entry.startDate),
      start: entry.startDate,
      end: entry.endDate,
      summary: name,
      description: [entry.lunar?.start ? formatLunarDate(entry.lunar.start, ctx.locale) : '', url].filter(Boolean).join('\n'),
      location: String(page.record.locationNote ?? 'Điện Biên'),
      url,
    })),
  );
  return buildIcs({ events: uniqueEvents(events), name: `${name} – ${ctx.t.siteName}`, now: new Date() });
}

/** An occurrence spanning New Year is in both years' calendars: one event per UID. */
function uniqueEvents(events: IcsEvent[]): IcsEvent[] {
  return [...new Map(events.map((event) => [event.uid, event])).values()];
}

/**
 * The festival calendar: a month grid (solar days with their lunar dates) and
 * the whole year's list, plus the .ics feed of every dated festival for this
 * year and next.
 */
import { vietnamToday } from '../../access/levels';
import type { CalendarEntry } from '../../calendar';
import { buildIcs, icsUid, type IcsEvent } from '../calendar/ics';
import { adjacentMonths, formatLunarDate, formatSolarRange, lunarLabel, monthGrid, monthName, weekdayShortNames } from '../calendar/month-grid';
import { html, type Html } from '../html';
import type { SiteReader } from '../load/reader';
import { calendarPath, recordPath } from '../routes';
import type { PageContext, PageMeta } from '../views/layout';
import { calendarOf, loadFestivals, slugMap } from './festivals';

export class CalendarQueryError extends Error {}

function parse(query: Record<string, unknown>, today: string): { year: number; month: number } {
  const number = (value: unknown, fallback: number, min: number, max: number, what: string) => {
    if (value === undefined || value === '') return fallback;
    const n = typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : NaN;
    if (!(n >= min && n <= max)) throw new CalendarQueryError(`${what} (${min}–${max})`);
    return n;
  };
  return {
    year: number(query.year, Number(today.slice(0, 4)), 1900, 2100, 'year / năm'),
    month: number(query.month, Number(today.slice(5, 7)), 1, 12, 'month / tháng'),
  };
}

function entryLine(ctx: PageContext, entry: CalendarEntry, slugs: Map<string, string>): Html {
  const slug = slugs.get(entry.festival.documentId);
  const lunar = entry.lunar?.start ? formatLunarDate(entry.lunar.start, ctx.locale) : null;
  return html`<li><time datetime="${entry.startDate}">${formatSolarRange(entry.startDate, entry.endDate, ctx.locale)}</time>: ${
    slug ? html`<a href="${recordPath(ctx.locale, 'festival', slug)}">${entry.festival.name}</a>` : entry.festival.name
  }${lunar ? html` <span class="lunar">(${lunar})</span>` : ''}</li>`;
}

export async function calendarPage(ctx: PageContext, reader: SiteReader, query: Record<string, unknown>): Promise<{ meta: PageMeta; body: Html }> {
  const { t, locale } = ctx;
  const today = vietnamToday();
  const { year, month } = parse(query, today);
  const festivals = await loadFestivals(reader, locale);
  const slugs = slugMap(festivals);
  const yearCalendar = calendarOf(festivals, year, null);
  const monthEntries = calendarOf(festivals, year, month).entries;
  const grid = monthGrid({ year, month, entries: monthEntries, today });
  const { previous, next } = adjacentMonths(year, month);
  const base = calendarPath(locale);
  const at = (y: number, m: number) => `${base}?year=${y}&month=${m}`;
  const weekdays = weekdayShortNames(locale);
  const body = html`<h1>${t.calendarTitle(year)}</h1>
<p><a class="button quiet" href="${base}.ics" download>${t.feed}</a></p>
<section aria-labelledby="month-h"><h2 id="month-h">${t.monthView}: ${monthName(month, locale)} ${year}</h2>
<nav class="pager" aria-label="${t.monthView}"><a href="${at(previous.year, previous.month)}" rel="prev">← ${t.previousMonth}</a><a href="${at(next.year, next.month)}" rel="next">${t.nextMonth} →</a></nav>
<table class="month"><caption class="visually-hidden">${monthName(month, locale)} ${year}</caption>
<thead><tr>${weekdays.map((d) => html`<th scope="col">${d}</th>`)}</tr></thead>
<tbody>${grid.weeks.map((week) => html`<tr>${week.map((day) => {
    const classes = [day.inMonth ? '' : 'out', day.isToday ? 'today' : ''].filter(Boolean).join(' ');
    return html`<td${classes ? html` class="${classes}"` : ''}><span class="d">${day.day}</span>${day.lunar ? html`<span class="l" title="${formatLunarDate(day.lunar, locale)}">${lunarLabel(day.lunar, locale)}</span>` : ''}${day.entryIndexes.map((i) => {
      const entry = monthEntries[i];
      const slug = slugs.get(entry.festival.documentId);
      return slug ? html`<a class="ev" href="${recordPath(locale, 'festival', slug)}">${entry.festival.name}</a>` : html`<span class="ev">${entry.festival.name}</span>`;
    })}</td>`;
  })}</tr>`)}</tbody></table>
${monthEntries.length ? html`<ul>${monthEntries.map((entry) => entryLine(ctx, entry, slugs))}</ul>` : ''}
</section>
<section aria-labelledby="year-h"><h2 id="year-h">${t.yearList} ${year}</h2>
<nav class="pager" aria-label="${t.yearList}"><a href="${base}?year=${year - 1}&month=${month}">← ${t.previousYear}</a><a href="${base}?year=${year + 1}&month=${month}">${t.nextYear} →</a></nav>
<ul>${yearCalendar.entries.map((entry) => entryLine(ctx, entry, slugs))}</ul></section>
${yearCalendar.undated.length
  ? html`<section aria-labelledby="undated-h"><h2 id="undated-h">${t.undated}</h2><ul>${yearCalendar.undated.map((u) => {
      const slug = slugs.get(u.festival.documentId);
      return html`<li>${slug ? html`<a href="${recordPath(locale, 'festival', slug)}">${u.festival.name}</a>` : u.festival.name}</li>`;
    })}</ul></section>`
  : ''}`;
  const qs = query.year !== undefined || query.month !== undefined ? `?year=${year}&month=${month}` : '';
  return {
    meta: {
      title: t.calendarTitle(year),
      description: t.tagline,
      path: `${base}${qs}`,
      alternates: { vi: `${calendarPath('vi')}${qs}`, en: `${calendarPath('en')}${qs}` },
    },
    body,
  };
}

export async function calendarIcs(ctx: PageContext, reader: SiteReader): Promise<string> {
  const year = Number(vietnamToday().slice(0, 4));
  const festivals = await loadFestivals(reader, ctx.locale);
  const slugs = slugMap(festivals);
  const events = [year, year + 1].flatMap((y) =>
    calendarOf(festivals, y, null).entries.map((entry) => {
      const url = ctx.origin + recordPath(ctx.locale, 'festival', slugs.get(entry.festival.documentId) ?? '');
      return {
        uid: icsUid(entry.festival.documentId, entry.startDate),
        start: entry.startDate,
        end: entry.endDate,
        summary: entry.festival.name,
        description: [entry.lunar?.start ? formatLunarDate(entry.lunar.start, ctx.locale) : '', url].filter(Boolean).join('\n'),
        url,
      };
    }),
  );
  return buildIcs({ events: uniqueEvents(events), name: `${ctx.t.nav.calendar} – ${ctx.t.siteName}`, description: ctx.t.tagline, now: new Date() });
}

/** An occurrence spanning New Year is in both years' calendars: one event per UID. */
function uniqueEvents(events: IcsEvent[]): IcsEvent[] {
  return [...new Map(events.map((event) => [event.uid, event])).values()];
}

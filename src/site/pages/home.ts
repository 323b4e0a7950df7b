/** Home: this month's festivals with their next dates, featured stories, the ethnic groups, a search box. */
import { vietnamToday } from '../../access/levels';
import { formatLunarDate, formatSolarRange, monthName } from '../calendar/month-grid';
import { html, type Html } from '../html';
import type { SiteReader } from '../load/reader';
import { calendarPath, homePath, recordPath } from '../routes';
import { searchBox, type PageContext, type PageMeta } from '../views/layout';
import { cardThumb, linksOf } from '../views/media';
import { linkTo, nameOf } from '../views/parts';
import type { CalendarEntry } from '../../calendar';
import { calendarOf, loadFestivals, slugMap, upcoming } from './festivals';

function entryItem(ctx: PageContext, entry: CalendarEntry, slugs: Map<string, string>): Html {
  const slug = slugs.get(entry.festival.documentId);
  const lunar = entry.lunar?.start ? formatLunarDate(entry.lunar.start, ctx.locale) : null;
  return html`<li><a class="card" href="${slug ? recordPath(ctx.locale, 'festival', slug) : '#'}"><h3>${entry.festival.name}</h3>
<p><time datetime="${entry.startDate}">${formatSolarRange(entry.startDate, entry.endDate, ctx.locale)}</time></p>${lunar ? html`<p class="lunar">${lunar}</p>` : ''}</a></li>`;
}

export async function homePage(ctx: PageContext, reader: SiteReader): Promise<{ meta: PageMeta; body: Html }> {
  const { t, locale } = ctx;
  const today = vietnamToday();
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const [festivals, stories, groups] = await Promise.all([
    loadFestivals(reader, locale),
    reader.findMany('story', { fields: ['title', 'slug', 'summary'], populate: { mediaItems: true }, sort: ['publishedAt:desc'], limit: 3 }, locale),
    reader.findMany('ethnic-group', { filters: { presentInDienBien: true }, fields: ['name', 'slug', 'gsoCode'], limit: 100 }, locale),
  ]);
  const slugs = slugMap(festivals);
  const thisMonth = calendarOf(festivals, year, month).entries;
  const soon = thisMonth.length ? [] : upcoming(festivals, today, 4);
  groups.sort((a, b) => String(a.name).localeCompare(String(b.name), 'vi'));
  const body = html`<h1>${t.siteName}</h1>
<p class="lead">${t.tagline}</p>
${searchBox(ctx)}
<section aria-labelledby="month-h"><h2 id="month-h">${t.thisMonth} (${monthName(month, locale)} ${year})</h2>
${thisMonth.length
  ? html`<ul class="cards">${thisMonth.map((entry) => entryItem(ctx, entry, slugs))}</ul>`
  : html`<p>${t.noFestivalsThisMonth}</p><ul class="cards">${soon.map((entry) => entryItem(ctx, entry, slugs))}</ul>`}
<p><a href="${calendarPath(locale)}">${t.allCalendar}</a></p></section>
${stories.length
  ? html`<section aria-labelledby="stories-h"><h2 id="stories-h">${t.featured}</h2><ul class="cards">${stories.map(
      (s) => html`<li><a class="card" href="${linkTo(ctx, 'story', s)}">${cardThumb((s.mediaItems ?? []).flatMap(linksOf))}<h3>${nameOf(s)}</h3>${s.summary ? html`<p>${s.summary}</p>` : ''}</a></li>`,
    )}</ul></section>`
  : ''}
<section aria-labelledby="groups-h"><h2 id="groups-h">${t.ethnicGroups}</h2><ul class="chips">${groups.map(
    (g) => html`<li><a href="${linkTo(ctx, 'ethnic-group', g)}">${nameOf(g)}</a></li>`,
  )}</ul></section>`;
  return {
    meta: { title: t.siteName, description: t.tagline, path: homePath(locale), alternates: { vi: homePath('vi'), en: homePath('en') } },
    body,
  };
}

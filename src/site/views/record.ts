/**
 * Detail pages for the eight record types. One skeleton (title, names, facts,
 * body, media, related, sources, share) with per-type facts and sections.
 */
import { MODEL, type ArchiveType } from '../../content-model';
import { formatLunarDate, formatSolarRange } from '../calendar/month-grid';
import { html, join, safeExternalUrl, type Html } from '../html';
import type { FestivalYear } from '../load/festival-dates';
import type { RecordPage } from '../load/record';
import type { Row } from '../load/reader';
import { renderMarkdown } from '../markdown';
import { recordPath, searchPath } from '../routes';
import { absolute, breadcrumbs, type PageContext } from './layout';
// Video transcripts reuse the audio list markup (same script behaviour).
import { audioPlayer, cardThumb, linksOf, responsiveImage, transcriptList as transcriptFor, videoPlayer, type TranscriptLine } from './media';
import { citeBlock } from './cite';
import type { SiteCitation } from '../pages/cite';
import { flag, inlineLinks, linkList, linkTo, nameOf, otherNames, shareLinks, sources, uncertainties } from './parts';
import { imageServicePath, manifestPath } from '../../iiif/paths';
import type { Renditions } from '../../media/renditions';

export interface RecordView {
  type: ArchiveType;
  page: RecordPage;
  /** Festivals: this year and next. */
  years?: FestivalYear[];
  /** Media items: transcript of the first audio/video file. */
  transcript?: TranscriptLine[];
  /** Media items: where to start playing (seconds), from ?t=. */
  startAt?: number;
  /** The "Cite" block's content. */
  citation?: SiteCitation;
}

function facts(ctx: PageContext, rows: Array<[string, Html | string | null | undefined | false]>): Html {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== false && String(value) !== '');
  if (shown.length === 0) return html``;
  return html`<dl class="facts">${shown.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>`;
}

function heritage(ctx: PageContext, record: Row): Html | null {
  const list = (record.heritageStatus ?? []) as Array<{ list?: string; year?: number; reference?: string }>;
  if (list.length === 0) return null;
  return join(list.map((h) => html`${ctx.t.heritageLists[h.list ?? ''] ?? h.list}${h.year ? ` (${h.year})` : ''}`), html`<br>`);
}

function festivalDates(ctx: PageContext, record: Row, years: FestivalYear[], icsHref: string): Html {
  const { t, locale } = ctx;
  const ruleNote = record.timing?.note as string | undefined;
  const anyDated = years.some((year) => year.entries.length > 0);
  const items = !anyDated ? [html`<li>${t.datesVary}</li>`] : years.flatMap((year) => {
    if (year.entries.length === 0) return [html`<li><strong>${t.year(year.year)}:</strong> ${t.datesVary}</li>`];
    return year.entries.map((entry) => {
      const lunar = entry.lunar?.start ? formatLunarDate({ ...entry.lunar.start }, locale) : null;
      return html`<li><strong>${t.year(year.year)}:</strong> <time datetime="${entry.startDate}">${formatSolarRange(entry.startDate, entry.endDate, locale)}</time>${
        lunar ? html` <span class="lunar">(${lunar})</span>` : ''
      } <span class="meta">– ${entry.basis === 'recorded' ? t.recordedOccurrence : t.computedFromRule}</span></li>`;
    });
  });
  return html`<section id="dates" aria-labelledby="dates-h"><h2 id="dates-h">${t.dates}${flag(ctx, record, 'timing')}</h2>
<ul class="dates">${items}</ul>
${ruleNote ? html`<p class="meta">${ruleNote}</p>` : ''}
${anyDated ? html`<p><a class="button quiet" href="${icsHref}" download>${t.addToCalendar}</a></p>` : ''}
</section>`;
}

/** "CC BY-NC-SA 4.0" for a Creative Commons URI, "InC-EDU" for a rightsstatements.org one; else the URI. */
export function rightsLabel(uri: string): string {
  const cc = /creativecommons\.org\/(licenses|publicdomain)\/([a-z-]+)\/([\d.]+)/i.exec(uri);
  if (cc) return cc[1] === 'publicdomain' ? (cc[2] === 'zero' ? `CC0 ${cc[3]}` : 'Public Domain Mark') : `CC ${cc[2].toUpperCase()} ${cc[3]}`;
  const rs = /rightsstatements\.org\/vocab\/([A-Za-z-]+)\/([\d.]+)/.exec(uri);
  return rs ? `${rs[1]} ${rs[2]} (rightsstatements.org)` : uri;
}

function typeFacts(ctx: PageContext, view: RecordView): Html {
  const { t } = ctx;
  const r = view.page.record;
  switch (view.type) {
    case 'festival':
    case 'custom':
      return facts(ctx, [
        [t.ethnicGroups, inlineLinks(ctx, 'ethnic-group', r.ethnicGroups)],
        [t.location, r.places?.length ? html`${inlineLinks(ctx, 'place', r.places)}${r.locationNote ? html`<br>${r.locationNote}` : ''}` : r.locationNote],
        [t.heritage, heritage(ctx, r)],
      ]);
    case 'ethnic-group':
      return facts(ctx, [
        [t.gsoCode, r.gsoCode],
        [t.languages, inlineLinks(ctx, 'language', r.languages)],
        [t.population, join(((r.populationNotes ?? []) as Array<Record<string, any>>).map((p) => html`${p.figure}${p.year ? ` (${p.year})` : ''}${p.scope ? html` – ${p.scope}` : ''}${p.isUncertain ? html` <span class="uncertain">${t.uncertain}</span>` : ''}`), html`<br>`)],
        [t.places, inlineLinks(ctx, 'place', r.places)],
      ]);
    case 'language':
      return facts(ctx, [
        ['ISO 639-3', r.iso6393],
        ['BCP 47', r.bcp47 ? html`<code>${r.bcp47}</code>` : null],
        [t.family, r.family ? html`${r.family}${flag(ctx, r, 'family')}` : null],
        [t.speakingGroups, inlineLinks(ctx, 'ethnic-group', r.speakingGroups)],
        [t.vitality, r.vitality],
      ]);
    case 'place':
      return facts(ctx, [
        [t.partOf, r.parent?.slug ? html`<a href="${linkTo(ctx, 'place', r.parent)}">${nameOf(r.parent)}</a>` : null],
        [t.formerUnits, join(((r.formerUnits ?? []) as Array<Record<string, any>>).map((u) => html`${u.name}${u.district ? ` (${u.district})` : ''}`), html`; `)],
        [t.contains, r.children?.length ? inlineLinks(ctx, 'place', r.children) : null],
      ]);
    case 'person':
      return facts(ctx, [
        [t.roles, r.roles],
        [t.ethnicGroups, inlineLinks(ctx, 'ethnic-group', r.ethnicGroups)],
        [t.places, r.place?.slug ? html`<a href="${linkTo(ctx, 'place', r.place)}">${nameOf(r.place)}</a>` : null],
      ]);
    case 'story':
      return facts(ctx, [
        [t.ethnicGroups, inlineLinks(ctx, 'ethnic-group', r.ethnicGroups)],
        [t.places, inlineLinks(ctx, 'place', r.places)],
      ]);
    case 'media-item': {
      const rights = safeExternalUrl(r.rightsUri);
      return facts(ctx, [
        [t.creator, r.creator],
        [t.date, r.date],
        [t.places, r.place?.slug ? html`<a href="${linkTo(ctx, 'place', r.place)}">${nameOf(r.place)}</a>` : null],
        [t.ethnicGroups, inlineLinks(ctx, 'ethnic-group', r.ethnicGroups)],
        [t.festivals, inlineLinks(ctx, 'festival', r.festivals)],
        [t.customs, inlineLinks(ctx, 'custom', r.customs)],
        [t.languages, inlineLinks(ctx, 'language', r.languages)],
        [t.rights, rights ? html`<a href="${rights}" rel="license noopener">${rightsLabel(rights)}</a>` : null],
        [t.rightsHolder, r.rightsHolder],
        // Only once processed: the manifest answers 404 before there are renditions.
        [t.iiif, linksOf(r).length ? html`<a href="${manifestPath(String(r.documentId))}" type="application/ld+json" data-iiif-manifest>IIIF</a>` : null],
      ]);
    }
    default:
      return html``;
  }
}

function mediaBody(ctx: PageContext, view: RecordView): Html {
  const r = view.page.record;
  const files = linksOf(r);
  if (files.length === 0) return html`<p class="notice">${ctx.t.processing}</p>`;
  let avPlayed = false;
  return join(
    files.map((file, index) => {
      const id = `media-${index}`;
      if (file.kind === 'video') {
        const player = videoPlayer(ctx, file, { id, startAt: avPlayed ? undefined : view.startAt });
        const lines = avPlayed ? [] : (view.transcript ?? []);
        avPlayed = true;
        return lines.length ? html`${player}${transcriptFor(ctx, id, lines)}` : player;
      }
      if (file.kind === 'audio') {
        const player = audioPlayer(ctx, file, { id, startAt: avPlayed ? undefined : view.startAt, transcript: avPlayed ? [] : (view.transcript ?? []) });
        avPlayed = true;
        return player;
      }
      if (file.kind === 'image') return html`${responsiveImage(file, String(r.title ?? ''), { eager: index === 0 })}${zoomButton(ctx, r, index)}`;
      if (file.kind === 'document' && file.document) return html`<p><a class="button quiet" href="${file.document}">${ctx.t.download}</a></p>`;
      return html``;
    }),
  );
}

/**
 * Under a photo with IIIF tiles: the deep-zoom button, hidden until the
 * site's script shows it (it opens a viewer that needs JavaScript).
 */
function zoomButton(ctx: PageContext, record: Row, index: number): Html {
  const file = (record.renditions as Renditions | null)?.files[index];
  if (!file?.outputs.some((output) => output.role === 'iiif-info')) return html``;
  const service = imageServicePath({ documentId: String(record.documentId), fileId: file.fileId });
  // `hidden` on the paragraph: the site's button style sets display, which would override it on the button itself.
  return html`<p class="zoom" hidden><button type="button" class="button quiet" data-zoom="${service}" data-zoom-src="${ctx.asset('zoom.js')}" data-zoom-close="${ctx.t.zoomClose}" data-zoom-title="${String(record.title ?? '')}">${ctx.t.zoom}</button></p>`;
}

/** A person's portrait: the processed renditions of their portrait media item, like any image on the site. */
function portrait(record: Row): Html {
  const file = record.portrait ? linksOf(record.portrait).find((links) => links.kind === 'image') : undefined;
  if (!file) return html``;
  return html`<div class="portrait">${responsiveImage(file, nameOf(record), { eager: true, sizes: '20rem' })}</div>`;
}

function body(ctx: PageContext, view: RecordView): Html {
  const { t } = ctx;
  const r = view.page.record;
  switch (view.type) {
    case 'festival':
      return html`${renderMarkdown(r.description)}${r.rituals ? html`<h2>${t.rituals}${flag(ctx, r, 'rituals')}</h2>${renderMarkdown(r.rituals)}` : ''}`;
    case 'person':
      return html`${portrait(r)}${renderMarkdown(r.biography)}`;
    case 'story':
      return html`${r.summary ? html`<p class="lead">${r.summary}</p>` : ''}${renderMarkdown(r.body)}`;
    case 'media-item':
      return html`${mediaBody(ctx, view)}${renderMarkdown(r.description)}`;
    default:
      return renderMarkdown(r.description);
  }
}

function mediaCards(ctx: PageContext, rows: Row[] | undefined): Html {
  if (!rows?.length) return html``;
  return html`<section aria-labelledby="media-h"><h2 id="media-h">${ctx.t.media}</h2><ul class="cards">${rows.map(
    (row) => html`<li><a class="card" href="${linkTo(ctx, 'media-item', row)}">${cardThumb(linksOf(row))}<h3>${nameOf(row)}</h3><p>${ctx.t.mediaKinds[String(row.kind)] ?? ''}</p></a></li>`,
  )}</ul></section>`;
}

function related(ctx: PageContext, view: RecordView): Html {
  const { t } = ctx;
  const r = view.page.record;
  const back = view.page.backlinks;
  return html`${view.type === 'story' ? mediaCards(ctx, r.mediaItems) : mediaCards(ctx, back['media-item'])}
${view.type === 'story' ? html`${linkList(ctx, t.festivals, 'festival', r.festivals, 'rel-festivals')}${linkList(ctx, t.customs, 'custom', r.customs, 'rel-customs')}${linkList(ctx, t.people, 'person', r.people, 'rel-people')}` : ''}
${linkList(ctx, t.festivals, 'festival', back.festival, 'back-festivals')}
${linkList(ctx, t.customs, 'custom', back.custom, 'back-customs')}
${linkList(ctx, t.people, 'person', back.person, 'back-people')}
${linkList(ctx, t.stories, 'story', back.story, 'back-stories')}`;
}

export function recordBody(ctx: PageContext, view: RecordView): Html {
  const { t, locale } = ctx;
  const r = view.page.record;
  const title = nameOf(r);
  const path = recordPath(locale, view.type, String(r[MODEL[view.type].pageKey]));
  const fellBack = view.page.servedLocale !== locale;
  return html`${breadcrumbs(ctx, [{ href: `${searchPath(locale)}?type=${view.type}`, label: t.types[view.type] }, { label: title }])}
<article${fellBack ? html` lang="${view.page.servedLocale}"` : ''}>
<p class="meta"><span class="tag">${t.types[view.type]}</span></p>
<h1>${title}${flag(ctx, r, MODEL[view.type].titleField)}</h1>
${fellBack ? html`<p class="notice" lang="${locale}">${t.notTranslated}</p>` : ''}
${otherNames(ctx, r.otherNames)}
${typeFacts(ctx, view)}
${view.type === 'festival' && view.years ? festivalDates(ctx, r, view.years, `${path}.ics`) : ''}
<div class="prose">${body(ctx, view)}</div>
${related(ctx, view)}
${uncertainties(ctx, r)}
${sources(ctx, r)}
${view.citation ? citeBlock(ctx, view.citation) : ''}
</article>
${shareLinks(ctx, absolute(ctx, path), title)}`;
}

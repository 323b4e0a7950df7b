/** Small pieces shared by the detail pages: names, sources, uncertainty flags, link lists, share links. */
import { html, join, safeExternalUrl, type Html } from '../html';
import type { Row } from '../load/reader';
import { recordPath } from '../routes';
import type { ArchiveType } from '../../content-model';
import type { PageContext } from './layout';

/** "Uncertain" badge for a field the record flags (facts carry sources; doubtful ones say so). */
export function flag(ctx: PageContext, record: Row, field: string): Html {
  const notes = ((record.uncertainties ?? []) as Array<{ field?: string; note?: string }>).filter((u) => u.field === field);
  if (notes.length === 0) return html``;
  return html` <span class="uncertain" title="${notes.map((n) => n.note ?? '').join(' ')}">${ctx.t.uncertain}</span>`;
}

/** Other names, each in its own language: `lang` tells screen readers and fonts what they are reading. */
export function otherNames(ctx: PageContext, names: unknown): Html {
  const list = ((names ?? []) as Array<{ tag?: string; value?: string; note?: string }>).filter((n) => n.value);
  if (list.length === 0) return html``;
  return html`<p class="names"><span class="meta">${ctx.t.otherNames}:</span> ${join(
    list.map((n) => html`<span lang="${n.tag ?? ''}">${n.value}</span>${n.note ? html` <span class="meta">(${n.note})</span>` : ''}`),
    html`, `,
  )}</p>`;
}

export function sources(ctx: PageContext, record: Row): Html {
  const list = (record.sources ?? []) as Array<{ url?: string; title?: string; publisher?: string; accessedOn?: string; isUncertain?: boolean }>;
  if (list.length === 0) return html``;
  return html`<section aria-labelledby="sources-h"><h2 id="sources-h">${ctx.t.sources}</h2><ol class="sources">${list.map((s) => {
    const url = safeExternalUrl(s.url);
    const title = s.title || s.url || '';
    return html`<li>${url ? html`<a href="${url}" rel="noopener">${title}</a>` : html`<span>${title}</span>`}${s.publisher ? html`, ${s.publisher}` : ''}${
      s.accessedOn ? html` <span class="meta">(${ctx.t.accessed(s.accessedOn)})</span>` : ''
    }${s.isUncertain ? html` <span class="uncertain">${ctx.t.uncertain}</span>` : ''}</li>`;
  })}</ol></section>`;
}

export function uncertainties(ctx: PageContext, record: Row): Html {
  const list = ((record.uncertainties ?? []) as Array<{ field?: string; note?: string }>).filter((u) => u.note);
  if (list.length === 0) return html``;
  return html`<section aria-labelledby="uncertain-h"><h2 id="uncertain-h">${ctx.t.uncertainties}</h2><ul>${list.map(
    (u) => html`<li>${u.note}</li>`,
  )}</ul></section>`;
}

/** The display name of a record of any type (media items and stories have titles). */
export const nameOf = (row: Row): string => String(row.name ?? row.title ?? row.documentId);

export const linkTo = (ctx: PageContext, type: ArchiveType, row: Row): string =>
  recordPath(ctx.locale, type, type === 'media-item' ? row.documentId : String(row.slug ?? row.documentId));

/** A titled list of links to related records; nothing when the list is empty. */
export function linkList(ctx: PageContext, title: string, type: ArchiveType, rows: unknown, id: string): Html {
  const list = ((rows ?? []) as Row[]).filter((row) => row && (type === 'media-item' || row.slug));
  if (list.length === 0) return html``;
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2><ul>${list.map(
    (row) => html`<li><a href="${linkTo(ctx, type, row)}">${nameOf(row)}</a></li>`,
  )}</ul></section>`;
}

/** Inline list of links (for a facts table). */
export function inlineLinks(ctx: PageContext, type: ArchiveType, rows: unknown): Html {
  const list = ((rows ?? []) as Row[]).filter((row) => row && row.slug);
  return join(list.map((row) => html`<a href="${linkTo(ctx, type, row)}">${nameOf(row)}</a>`), html`, `);
}

/**
 * Share links that need no third-party script. Facebook's sharer is a plain
 * link. Zalo has no documented script-free share URL, so "share" opens the
 * phone's own share sheet (Web Share API; Zalo, Messenger and the rest are
 * there) and Zalo builds its preview from our Open Graph tags; "copy link"
 * covers the rest. Both buttons are hidden until our script shows them.
 */
export function shareLinks(ctx: PageContext, url: string, title: string): Html {
  const { t } = ctx;
  const encoded = encodeURIComponent(url);
  return html`<section class="share" aria-label="${t.share}">
<a class="button quiet" href="https://www.facebook.com/sharer/sharer.php?u=${encoded}" rel="noopener" target="_blank">${t.shareFacebook}</a>
<button type="button" class="quiet" data-web-share="${url}" data-share-title="${title}" hidden>${t.shareZalo}</button>
<button type="button" class="quiet" data-copy-link="${url}" data-copied="${t.copied}" hidden>${t.copyLink}</button>
</section>`;
}

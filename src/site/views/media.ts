/**
 * Media as visitors meet it: video (HLS, poster first), audio with its
 * transcript, responsive images with a placeholder. Only items the reader
 * returned reach here, and those are public, so their derivative URLs are
 * plain (cacheable) paths; the file route re-checks access on every request.
 */
import { thumbHashToDataURL } from 'thumbhash';
import { derivativePath } from '../../media-access/keys';
import { mediaLinks, type MediaFileLinks } from '../../media-access/media-urls';
import type { Renditions } from '../../media/renditions';
import { html, type Html } from '../html';
import type { Row } from '../load/reader';
import type { PageContext } from './layout';

export interface TranscriptLine {
  start: number;
  end: number;
  text: string;
}

export const linksOf = (row: Row): MediaFileLinks[] =>
  row.renditions ? mediaLinks({ renditions: row.renditions as Renditions, urlOf: derivativePath }) : [];

export function placeholderDataUrl(file: MediaFileLinks): string | null {
  if (!file.placeholder?.thumbhash) return null;
  try {
    return thumbHashToDataURL(Buffer.from(file.placeholder.thumbhash, 'base64'));
  } catch {
    return null;
  }
}

const srcset = (images: NonNullable<MediaFileLinks['images']>, type: string) =>
  images.filter((i) => i.type === type && i.width).map((i) => `${i.url} ${i.width}w`).join(', ');

/** The image a card or share preview should use: a poster or a mid-size JPEG/WebP. */
export function previewImage(files: MediaFileLinks[]): { url: string; width?: number; height?: number } | null {
  for (const file of files) {
    if (file.kind === 'video' && file.poster) return { url: file.poster, width: file.width, height: file.height };
    if (file.kind === 'image' && file.images?.length) {
      // Share previews want JPEG (Zalo and older Facebook crawlers skip WebP/AVIF); cards take it too.
      const jpeg = file.images.filter((i) => i.type === 'image/jpeg');
      const pick = jpeg.at(-1) ?? file.images.find((i) => (i.width ?? 0) >= 480) ?? file.images.at(-1)!;
      return { url: pick.url, width: pick.width, height: pick.height };
    }
  }
  return null;
}

export function responsiveImage(file: MediaFileLinks, alt: string, { eager = false, sizes = '(min-width: 60rem) 58rem, 100vw' } = {}): Html {
  const images = file.images ?? [];
  if (images.length === 0) return html``;
  const fallback = images.filter((i) => i.type === 'image/jpeg').at(-1) ?? images.at(-1)!;
  const placeholder = placeholderDataUrl(file);
  return html`<figure class="image">${placeholder ? html`<img class="ph" src="${placeholder}" alt="" aria-hidden="true" width="${file.width}" height="${file.height}">` : ''}<picture>
${['image/avif', 'image/webp'].map((type) => (srcset(images, type) ? html`<source type="${type}" srcset="${srcset(images, type)}" sizes="${sizes}">` : ''))}
<img class="full" src="${fallback.url}" alt="${alt}" width="${file.width ?? fallback.width}" height="${file.height ?? fallback.height}" ${eager ? html`fetchpriority="high"` : html`loading="lazy"`} decoding="async">
</picture></figure>`;
}

export function videoPlayer(ctx: PageContext, file: MediaFileLinks, { id, startAt }: { id: string; startAt?: number }): Html {
  return html`<div class="player" data-video data-hls="${file.hls ?? ''}">
<video id="${id}" controls preload="none" playsinline poster="${file.posterSmall ?? file.poster ?? ''}" width="${file.width}" height="${file.height}"${
    startAt ? html` data-start-at="${startAt}"` : ''
  }>
${file.mp4 ? html`<source src="${file.mp4}" type="video/mp4">` : ''}
${file.captions.map((c) => html`<track kind="${c.kind === 'captions' ? 'captions' : 'subtitles'}" srclang="${c.tag}" label="${c.label[ctx.locale]}" src="${c.url}">`)}
</video></div>`;
}

export function audioPlayer(ctx: PageContext, file: MediaFileLinks, { id, startAt, transcript }: { id: string; startAt?: number; transcript: TranscriptLine[] }): Html {
  return html`<div class="player audio" data-audio>
<audio id="${id}" controls preload="none"${startAt ? html` data-start-at="${startAt}"` : ''}>
${file.audio?.opus ? html`<source src="${file.audio.opus}" type="audio/webm; codecs=opus">` : ''}
${file.audio?.m4a ? html`<source src="${file.audio.m4a}" type="audio/mp4">` : ''}
${file.captions.map((c) => html`<track kind="${c.kind === 'captions' ? 'captions' : 'subtitles'}" srclang="${c.tag}" label="${c.label[ctx.locale]}" src="${c.url}">`)}
</audio>
${transcriptList(ctx, id, transcript)}
</div>`;
}

export const clock = (seconds: number): string => {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(h ? 2 : 1, '0');
  return `${h ? `${h}:` : ''}${mm}:${String(s % 60).padStart(2, '0')}`;
};

export function transcriptList(ctx: PageContext, mediaId: string, lines: TranscriptLine[]): Html {
  if (lines.length === 0) return html``;
  return html`<h2 id="${mediaId}-transcript-h">${ctx.t.transcript}</h2>
<ol class="transcript" data-transcript-for="${mediaId}" aria-labelledby="${mediaId}-transcript-h">${lines.map(
    (line) => html`<li><button type="button" data-start="${line.start}" data-end="${line.end}"><span class="time">${clock(line.start)}</span>${line.text}</button></li>`,
  )}</ol>`;
}

/** A card's image: the phone-sized poster for videos, the smallest rendition wide enough for a card for images. */
function cardImage(files: MediaFileLinks[]): { url: string; width?: number; height?: number } | null {
  for (const file of files) {
    if (file.kind === 'video' && (file.posterSmall ?? file.poster)) return { url: (file.posterSmall ?? file.poster)!, width: file.width, height: file.height };
    if (file.kind === 'image' && file.images?.length) {
      const jpeg = file.images.filter((i) => i.type === 'image/jpeg' || i.type === 'image/webp');
      return jpeg.find((i) => (i.width ?? 0) >= 480) ?? jpeg.at(-1) ?? file.images[0];
    }
  }
  return null;
}

/** A thumbnail for a card, lazy and sized so nothing jumps while it loads. */
export function cardThumb(files: MediaFileLinks[]): Html {
  const image = cardImage(files);
  if (!image) return html``;
  return html`<img class="thumb" src="${image.url}" alt="" loading="lazy" decoding="async" width="${image.width ?? 320}" height="${image.height ?? 180}">`;
}

/**
 * What a detail page tells search engines and chat apps: title, description,
 * preview image and schema.org JSON-LD (Event with the next occurrence for
 * festivals, Video/Audio/ImageObject for media, Place, Article for stories).
 */
import type { ArchiveType } from '../../content-model';
import type { CalendarEntry } from '../../calendar';
import type { Row } from '../load/reader';
import { markdownSnippet } from '../../search/documents';
import { recordPath, type SiteLocale } from '../routes';
import { absolute, type PageContext, type PageImage, type PageMeta } from '../views/layout';
import { linksOf, previewImage } from '../views/media';
import { nameOf } from '../views/parts';

const DESCRIPTION_FIELD: Record<ArchiveType, string> = {
  festival: 'description', custom: 'description', 'ethnic-group': 'description', language: 'vitality',
  place: 'description', person: 'biography', story: 'summary', 'media-item': 'description',
};

const isoDuration = (seconds: number) => `PT${Math.max(0, Math.round(seconds))}S`;

export function recordDescription(ctx: PageContext, type: ArchiveType, record: Row): string {
  const text = markdownSnippet(record[DESCRIPTION_FIELD[type]] ?? record.description);
  return text || `${ctx.t.types[type]}: ${nameOf(record)} – ${ctx.t.siteName}`;
}

/** The preview image: the record's own media, else the first linked media item with one. */
export function recordImage(type: ArchiveType, record: Row, linkedMedia: Row[]): PageImage | undefined {
  const own = type === 'media-item' ? [record] : type === 'person' && record.portrait ? [record.portrait] : [];
  const candidates = type === 'media-item' ? own : [...own, ...(record.mediaItems ?? []), ...linkedMedia];
  for (const row of candidates) {
    const image = previewImage(linksOf(row));
    if (image) return { ...image, alt: nameOf(row) };
  }
  return undefined;
}

function jsonLd(ctx: PageContext, type: ArchiveType, record: Row, url: string, description: string, image: PageImage | undefined, next: CalendarEntry | null) {
  const name = nameOf(record);
  const base = { '@context': 'https://schema.org', name, description, url, inLanguage: record.locale ?? ctx.locale, ...(image ? { image: absolute(ctx, image.url) } : {}) };
  const places = ((record.places ?? (record.place ? [record.place] : [])) as Row[]).filter((p) => p?.slug);
  const placeLd = (p: Row) => ({ '@type': 'Place', name: nameOf(p), url: absolute(ctx, recordPath(ctx.locale, 'place', String(p.slug))) });
  switch (type) {
    case 'festival':
      if (!next) return [{ ...base, '@type': 'Thing', additionalType: 'https://schema.org/Festival' }];
      return [{
        ...base,
        '@type': 'Event',
        startDate: next.startDate,
        endDate: next.endDate,
        eventStatus: 'https://schema.org/EventScheduled',
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        location: places.length ? places.map(placeLd) : { '@type': 'Place', name: String(record.locationNote || 'Điện Biên, Việt Nam'), address: { '@type': 'PostalAddress', addressRegion: 'Điện Biên', addressCountry: 'VN' } },
      }];
    case 'place': {
      const geo = record.coordinates?.latitude != null ? { geo: { '@type': 'GeoCoordinates', latitude: Number(record.coordinates.latitude), longitude: Number(record.coordinates.longitude) } } : {};
      return [{ ...base, '@type': 'Place', ...geo, ...(record.parent?.slug ? { containedInPlace: placeLd(record.parent) } : {}) }];
    }
    case 'story':
      return [{ ...base, '@type': 'Article', headline: name.slice(0, 110), datePublished: record.publishedAt, dateModified: record.updatedAt, publisher: { '@type': 'Organization', name: ctx.t.siteName } }];
    case 'person':
      return [{ ...base, '@type': 'Person' }];
    case 'language':
      return [{ ...base, '@type': 'Language', ...(record.bcp47 ? { alternateName: record.bcp47 } : {}) }];
    case 'media-item': {
      const file = linksOf(record)[0];
      const kind = file?.kind ?? record.kind;
      const common = {
        ...base,
        uploadDate: record.publishedAt ?? record.createdAt,
        ...(record.creator ? { creator: { '@type': 'Person', name: record.creator } } : {}),
        ...(record.rightsUri ? { license: record.rightsUri } : {}),
        ...(places.length ? { contentLocation: places.map(placeLd) } : {}),
      };
      if (kind === 'video' && file) {
        return [{ ...common, '@type': 'VideoObject', thumbnailUrl: file.poster ? absolute(ctx, file.poster) : undefined, contentUrl: file.mp4 ? absolute(ctx, file.mp4) : undefined, embedUrl: url, ...(file.durationSeconds ? { duration: isoDuration(file.durationSeconds) } : {}) }];
      }
      if (kind === 'audio' && file) {
        return [{ ...common, '@type': 'AudioObject', contentUrl: file.audio?.m4a ? absolute(ctx, file.audio.m4a) : undefined, ...(file.durationSeconds ? { duration: isoDuration(file.durationSeconds) } : {}) }];
      }
      if (kind === 'image') return [{ ...common, '@type': 'ImageObject', contentUrl: image ? absolute(ctx, image.url) : undefined }];
      return [{ ...common, '@type': 'MediaObject' }];
    }
    default:
      return [{ ...base, '@type': 'Thing' }];
  }
}

export function recordMeta(
  ctx: PageContext,
  { type, record, linkedMedia, next }: { type: ArchiveType; record: Row; linkedMedia: Row[]; next: CalendarEntry | null },
): PageMeta {
  const key = type === 'media-item' ? record.documentId : String(record.slug);
  const path = recordPath(ctx.locale, type, key);
  const description = recordDescription(ctx, type, record);
  const image = recordImage(type, record, linkedMedia);
  const alternates = Object.fromEntries((['vi', 'en'] as SiteLocale[]).map((l) => [l, recordPath(l, type, key)])) as Record<SiteLocale, string>;
  const ogType = type === 'media-item' ? (record.kind === 'video' ? 'video.other' : record.kind === 'audio' ? 'music.song' : 'article') : 'article';
  return { title: nameOf(record), description, path, alternates, image, ogType, jsonLd: jsonLd(ctx, type, record, ctx.origin + path, description, image, next) };
}

/**
 * Caption/transcript cues → transcript segment documents (pure). The VTT is
 * the normalized copy the media pipeline stored, so it parses cleanly; cue
 * markup (<v Speaker>, <i>, timestamps) is dropped and entities decoded.
 */
import { parseWebVttStrict } from '../../media/captions/webvtt-parser';
import type { CatalogueLocale, IndexedAccessLevel, TranscriptSegmentDocument } from '../catalogue';

export interface CaptionTrackText {
  tag: string;
  vtt: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: ' ', lrm: '', rlm: '', quot: '"', apos: "'" };

export function cueText(raw: string): string {
  return raw
    .replace(/<v(?:\.[^\s>]*)?\s+([^>]*)>/g, '') // the speaker's name is metadata, not what was said
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface CueLine {
  /** Seconds. */
  start: number;
  end: number;
  /** Plain text (see cueText); never empty. */
  text: string;
}

/** The cues of a WebVTT file as plain-text lines in time order: the site's transcript and the search segments both read this. */
export function cueLines(vtt: string): CueLine[] {
  return [...parseWebVttStrict(vtt).cues]
    .sort((a, b) => a.startTime - b.startTime)
    .map((cue) => ({ start: cue.startTime, end: cue.endTime, text: cueText(cue.text) }))
    .filter((line) => line.text);
}

/** Segments of every track; `index` counts per tag across tracks, so ids stay unique. */
export function toTranscriptSegments({
  mediaDocumentId,
  mediaTitle,
  locale,
  accessLevel,
  visibleUntil,
  tracks,
}: {
  mediaDocumentId: string;
  mediaTitle: string;
  locale: CatalogueLocale;
  accessLevel: IndexedAccessLevel;
  visibleUntil: number;
  tracks: CaptionTrackText[];
}): TranscriptSegmentDocument[] {
  const next = new Map<string, number>();
  const segments: TranscriptSegmentDocument[] = [];
  for (const track of tracks) {
    for (const { start, end, text } of cueLines(track.vtt)) {
      const index = next.get(track.tag) ?? 0;
      next.set(track.tag, index + 1);
      segments.push({
        id: `${mediaDocumentId}-${track.tag.replace(/[^A-Za-z0-9_-]/g, '_')}-${index}`,
        mediaDocumentId,
        mediaTitle,
        tag: track.tag,
        locale,
        accessLevel,
        visibleUntil,
        start: Math.round(start * 1000) / 1000,
        end: Math.round(end * 1000) / 1000,
        text,
      });
    }
  }
  return segments;
}

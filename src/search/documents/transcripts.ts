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
    const cues = [...parseWebVttStrict(track.vtt).cues].sort((a, b) => a.startTime - b.startTime);
    for (const cue of cues) {
      const text = cueText(cue.text);
      if (!text) continue;
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
        start: Math.round(cue.startTime * 1000) / 1000,
        end: Math.round(cue.endTime * 1000) / 1000,
        text,
      });
    }
  }
  return segments;
}

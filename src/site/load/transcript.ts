/** A media item's transcript lines for the page, read from the normalized WebVTT the pipeline stored. */
import type { MediaFileLinks } from '../../media-access/media-urls';
import type { FileRenditions } from '../../media/renditions';
import { cueLines } from '../../search/documents';
import { readObjectText } from '../../storage/read-text';
import type { ObjectStore } from '../../storage/object-store';
import type { TranscriptLine } from '../views/media';

/** The track to show: the page's language first, then Vietnamese, then whatever there is. */
export function pickTrack<T extends { tag: string }>(captions: T[], locale: string): T | undefined {
  const primary = (tag: string) => tag.split('-')[0].toLowerCase();
  return captions.find((c) => primary(c.tag) === locale) ?? captions.find((c) => primary(c.tag) === 'vi') ?? captions[0];
}

export async function transcriptLines(file: FileRenditions, locale: string, store: ObjectStore): Promise<TranscriptLine[]> {
  const track = pickTrack(file.captions ?? [], locale);
  if (!track) return [];
  try {
    return cueLines(await readObjectText(store, track.key));
  } catch {
    // A missing or unreadable caption file costs the transcript, not the page.
    return [];
  }
}

export type { MediaFileLinks };

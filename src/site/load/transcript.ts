/** A media item's transcript lines for the page, read from the normalized WebVTT the pipeline stored. */
import { parseWebVttStrict } from '../../media/captions/webvtt-parser';
import type { MediaFileLinks } from '../../media-access/media-urls';
import type { FileRenditions } from '../../media/renditions';
import { cueText } from '../../search/documents';
import type { ObjectStore } from '../../storage/object-store';
import type { TranscriptLine } from '../views/media';

async function readText(store: ObjectStore, key: string): Promise<string> {
  const { stream } = await store.getStream(key);
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** The track to show: the page's language first, then Vietnamese, then whatever there is. */
export function pickTrack<T extends { tag: string }>(captions: T[], locale: string): T | undefined {
  const primary = (tag: string) => tag.split('-')[0].toLowerCase();
  return captions.find((c) => primary(c.tag) === locale) ?? captions.find((c) => primary(c.tag) === 'vi') ?? captions[0];
}

export async function transcriptLines(file: FileRenditions, locale: string, store: ObjectStore): Promise<TranscriptLine[]> {
  const track = pickTrack(file.captions ?? [], locale);
  if (!track) return [];
  try {
    const cues = [...parseWebVttStrict(await readText(store, track.key)).cues].sort((a, b) => a.startTime - b.startTime);
    return cues.map((cue) => ({ start: cue.startTime, end: cue.endTime, text: cueText(cue.text) })).filter((line) => line.text);
  } catch {
    // A missing or unreadable caption file costs the transcript, not the page.
    return [];
  }
}

export type { MediaFileLinks };

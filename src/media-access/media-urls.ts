/**
 * A media item's renditions as the URLs a caller may use. Pure: the caller
 * says how to turn a storage key into a URL (plain for public items, signed
 * otherwise), so the same shape serves REST, search documents and pages.
 */
import type { FileRenditions, Renditions, StoredOutput } from '../media/renditions';

export interface MediaFileLinks {
  kind: FileRenditions['kind'];
  width?: number;
  height?: number;
  durationSeconds?: number;
  placeholder?: FileRenditions['placeholder'];
  /** HLS master playlist (video: the ladder and an audio-only variant; audio: the ≤48 kbps stream). */
  hls?: string;
  mp4?: string;
  poster?: string;
  /** ≤640 px wide copy of the poster for the page before play (the poster itself when the video is small). */
  posterSmall?: string;
  storyboard?: { image: string; vtt: string };
  /** Responsive images, smallest first. */
  images?: Array<{ url: string; width?: number; height?: number; type: string }>;
  audio?: { m4a?: string; opus?: string; peaks?: string };
  document?: string;
  captions: Array<{ tag: string; kind: string; label: { vi: string; en: string }; url: string }>;
}

export function mediaLinks({ renditions, urlOf }: { renditions: Renditions; urlOf: (key: string) => string }): MediaFileLinks[] {
  return renditions.files.map((file) => {
    const first = (role: string) => file.outputs.find((output) => output.role === role);
    const url = (output: StoredOutput | undefined) => (output ? urlOf(output.key) : undefined);
    const links: MediaFileLinks = {
      kind: file.kind,
      width: file.width,
      height: file.height,
      durationSeconds: file.durationSeconds,
      placeholder: file.placeholder,
      captions: file.captions.map((caption) => ({ tag: caption.tag, kind: caption.kind, label: caption.label, url: urlOf(caption.key) })),
    };
    if (file.kind === 'video' || file.kind === 'audio') links.hls = url(first('hls-master'));
    if (file.kind === 'video') {
      links.mp4 = url(first('mp4'));
      links.poster = url(first('poster'));
      links.posterSmall = url(first('poster-small')) ?? links.poster;
      const sprite = first('storyboard');
      const vtt = first('storyboard-vtt');
      if (sprite && vtt) links.storyboard = { image: urlOf(sprite.key), vtt: urlOf(vtt.key) };
    }
    if (file.kind === 'audio') links.audio = { m4a: url(first('audio-m4a')), opus: url(first('audio-opus')), peaks: url(first('peaks')) };
    if (file.kind === 'image') {
      links.images = file.outputs
        .filter((output) => output.role !== 'placeholder' && output.role !== 'iiif-info')
        .sort((a, b) => (a.width ?? 0) - (b.width ?? 0))
        .map((output) => ({ url: urlOf(output.key), width: output.width, height: output.height, type: output.contentType }));
    }
    if (file.kind === 'document') links.document = url(first('document'));
    return links;
  });
}

/** Helpers for <audio> and <video> shared by the players, transcripts and time links. */
import { parseStartAt } from './lib/start-at';

/** play() returns a promise in modern browsers and rejects when blocked or interrupted; neither is an error here. */
export function playQuietly(media: HTMLMediaElement): void {
  const result = media.play() as Promise<void> | undefined;
  if (result && typeof result.catch === 'function') result.catch(() => undefined);
}

/**
 * Sets the position. Before any media is loaded the browser keeps it as the
 * start position and seeks there once playback begins, so this also works on
 * a preload="none" element that has not been played yet.
 */
export function seekTo(media: HTMLMediaElement, seconds: number): void {
  try {
    media.currentTime = seconds;
  } catch {
    // Some old engines throw when seeking with nothing loaded; applyStartAt retries on loadedmetadata.
  }
}

/** Applies a start offset, re-applied once metadata is known in case the engine dropped it. */
export function applyStartAt(media: HTMLMediaElement, startAt: number | null): void {
  if (startAt === null || startAt <= 0) return;
  seekTo(media, startAt);
  if (media.readyState >= 1) return;
  const onMeta = () => {
    media.removeEventListener('loadedmetadata', onMeta);
    // Only if the playhead is still at the beginning: never undo a seek the user made.
    if (media.currentTime < 0.5) seekTo(media, startAt);
  };
  media.addEventListener('loadedmetadata', onMeta);
}

/** `data-start-at` on audio players (video players handle theirs in video.ts). */
export function initAudioStart(): void {
  const audios = document.querySelectorAll<HTMLAudioElement>('audio[data-start-at]');
  for (let i = 0; i < audios.length; i++) applyStartAt(audios[i], parseStartAt(audios[i].getAttribute('data-start-at')));
}

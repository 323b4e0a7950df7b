/**
 * Video players: the server renders a plain <video> with an MP4 <source>, which
 * already works without JS. Here playback moves to HLS (adaptive, starts on
 * the lowest rung), natively where the browser can, else with hls.js, which is
 * only downloaded once the user presses play.
 */
import type HlsType from 'hls.js';
import type { HlsConfig } from 'hls.js';
import { applyStartAt, playQuietly, seekTo } from './media';
import { parseStartAt } from './lib/start-at';

type HlsClass = typeof HlsType;

// Cheap phones have little memory and slow links: keep ~20 s ahead instead of
// hls.js's default 30 s / 60 MB, and do not keep much already played.
const HLS_CONFIG: Partial<HlsConfig> = {
  startLevel: 0,
  capLevelToPlayerSize: true,
  maxBufferLength: 20,
  maxMaxBufferLength: 40,
  maxBufferSize: 20 * 1000 * 1000,
  backBufferLength: 30,
};

let hlsModule: Promise<HlsClass> | null = null;

function loadHls(url: string): Promise<HlsClass> {
  if (!hlsModule) {
    // A variable specifier keeps esbuild from bundling hls.js into site.js.
    hlsModule = (import(url) as Promise<{ default: HlsClass }>).then((mod) => mod.default);
    hlsModule.catch(() => {
      hlsModule = null; // a later play may retry after a network blip
    });
  }
  return hlsModule;
}

export function initVideos(): void {
  const players = document.querySelectorAll<HTMLElement>('[data-video]');
  for (let i = 0; i < players.length; i++) {
    const video = players[i].querySelector('video');
    if (video) enhance(video, players[i].getAttribute('data-hls') || '');
  }
}

function enhance(video: HTMLVideoElement, hlsUrl: string): void {
  const startAt = parseStartAt(video.getAttribute('data-start-at'));
  const hlsScript = document.documentElement.getAttribute('data-hls-src') || '';
  const native = hlsUrl !== '' && video.canPlayType('application/vnd.apple.mpegurl') !== '';
  if (!native && (!hlsUrl || !hlsScript || typeof window.MediaSource !== 'function')) {
    video.setAttribute('data-hls-mode', 'mp4');
    applyStartAt(video, startAt);
    return;
  }
  const sources = removeSources(video);
  const fallBackToMp4 = (position: number, resume: boolean) => {
    for (const source of sources) video.insertBefore(source, video.firstChild);
    video.removeAttribute('src');
    video.load();
    video.setAttribute('data-hls-mode', 'mp4');
    applyStartAt(video, position > 0 ? position : null);
    if (resume) playQuietly(video);
  };

  if (native) {
    video.src = hlsUrl; // preload="none" still holds: nothing is fetched before play
    video.setAttribute('data-hls-mode', 'native');
    applyStartAt(video, startAt);
    // Some engines answer "maybe" and then fail on the playlist: the MP4 still works.
    const onError = () => {
      video.removeEventListener('error', onError);
      fallBackToMp4(video.currentTime, true);
    };
    video.addEventListener('error', onError);
    return;
  }
  // Without the MP4, pressing play does not start downloading it; the first
  // play attaches hls.js instead. An empty MediaSource stands in until then:
  // with no source at all Chromium disables the native play button and play
  // key, and it costs no network request.
  const placeholder = new MediaSource();
  const placeholderUrl = URL.createObjectURL(placeholder);
  placeholder.addEventListener('sourceopen', () => URL.revokeObjectURL(placeholderUrl));
  video.src = placeholderUrl;
  if (startAt !== null) seekTo(video, startAt);

  let started = false;
  const onPlay = () => {
    if (started) return;
    started = true;
    video.removeEventListener('play', onPlay);
    // Before any source is attached currentTime holds the requested start
    // (data-start-at, a transcript click or a time link).
    const position = video.currentTime > 0 ? video.currentTime : startAt ?? 0;
    loadHls(hlsScript)
      .then((Hls) => {
        if (!Hls.isSupported()) {
          fallBackToMp4(position, true);
          return;
        }
        attachHls(video, Hls, hlsUrl, position, fallBackToMp4);
      })
      .catch(() => fallBackToMp4(position, true));
  };
  video.addEventListener('play', onPlay);
}

function attachHls(
  video: HTMLVideoElement,
  Hls: HlsClass,
  url: string,
  position: number,
  fallBackToMp4: (position: number, resume: boolean) => void,
): void {
  const hls = new Hls(Object.assign({}, HLS_CONFIG, { startPosition: position > 0 ? position : -1 }));
  // hls.js has already retried by the time an error is fatal: try one recovery
  // of each kind, then play the MP4, which works anywhere.
  let retriedNetwork = false;
  let retriedMedia = false;
  hls.on(Hls.Events.ERROR, (_event, data) => {
    if (!data.fatal) return;
    const noPlaylist = !hls.levels || hls.levels.length === 0;
    if (data.type === Hls.ErrorTypes.NETWORK_ERROR && !retriedNetwork && !noPlaylist) {
      retriedNetwork = true;
      hls.startLoad();
    } else if (data.type === Hls.ErrorTypes.MEDIA_ERROR && !retriedMedia) {
      retriedMedia = true;
      hls.recoverMediaError();
    } else {
      const at = video.currentTime;
      hls.destroy();
      fallBackToMp4(at, true);
    }
  });
  hls.attachMedia(video);
  hls.loadSource(url);
  video.setAttribute('data-hls-mode', 'hls.js');
  playQuietly(video);
}

function removeSources(video: HTMLVideoElement): HTMLSourceElement[] {
  const sources = Array.prototype.slice.call(video.querySelectorAll('source')) as HTMLSourceElement[];
  for (const source of sources) video.removeChild(source);
  return sources.reverse(); // reinserted one by one at the front, restoring the order
}

/**
 * Scrubbing thumbnails: one sprite sheet plus a WebVTT track whose cues point
 * into it with #xywh= fragments (the format video.js, Plyr and Vidstack read).
 */

export interface StoryboardPlan {
  /** One thumbnail every this many seconds. */
  intervalSeconds: number;
  count: number;
  columns: number;
  rows: number;
  tileWidth: number;
  tileHeight: number;
  durationSeconds: number;
}

// 100 tiles of ~160x90 keep the sprite near 300 KB: one download a cheap
// phone on 3G can afford. Long recordings get a wider interval instead.
const MAX_TILES = 100;
const MIN_INTERVAL_SECONDS = 2;
const MAX_COLUMNS = 10;
const TILE_LONG_SIDE = 160;

const even = (value: number) => Math.max(2, Math.round(value / 2) * 2);

export function planStoryboard({
  durationSeconds,
  displayWidth,
  displayHeight,
}: {
  durationSeconds: number;
  displayWidth: number;
  displayHeight: number;
}): StoryboardPlan {
  const intervalSeconds = Math.max(MIN_INTERVAL_SECONDS, Math.ceil(durationSeconds / MAX_TILES));
  const count = Math.max(1, Math.ceil(durationSeconds / intervalSeconds));
  const columns = Math.min(MAX_COLUMNS, count);
  const landscape = displayWidth >= displayHeight;
  const scale = TILE_LONG_SIDE / Math.max(displayWidth, displayHeight, 1);
  return {
    intervalSeconds,
    count,
    columns,
    rows: Math.ceil(count / columns),
    tileWidth: landscape ? TILE_LONG_SIDE : even(displayWidth * scale),
    tileHeight: landscape ? even(displayHeight * scale) : TILE_LONG_SIDE,
    durationSeconds,
  };
}

/** 3725.5 → "01:02:05.500" */
function vttTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(Math.floor(ms / 3600000))}:${pad(Math.floor(ms / 60000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

/** WebVTT thumbnail track; `spriteUri` is relative to where the .vtt is served. */
export function storyboardVtt({ plan, spriteUri }: { plan: StoryboardPlan; spriteUri: string }): string {
  const cues: string[] = ['WEBVTT', ''];
  for (let i = 0; i < plan.count; i += 1) {
    const start = i * plan.intervalSeconds;
    const end = Math.min((i + 1) * plan.intervalSeconds, plan.durationSeconds);
    if (end <= start) break;
    const x = (i % plan.columns) * plan.tileWidth;
    const y = Math.floor(i / plan.columns) * plan.tileHeight;
    cues.push(`${vttTime(start)} --> ${vttTime(end)}`, `${spriteUri}#xywh=${x},${y},${plan.tileWidth},${plan.tileHeight}`, '');
  }
  return cues.join('\n');
}

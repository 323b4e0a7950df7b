export interface Cue {
  start: number;
  /** Exclusive; Infinity when the line has no end and none follows. */
  end: number;
}

/**
 * Fills in missing ends from the next line's start, so a transcript that only
 * marks starts still highlights one line at a time.
 */
export function toCues(lines: Array<{ start: number | null; end: number | null }>): Cue[] {
  return lines.map((line, i) => {
    const start = line.start ?? NaN;
    let end = line.end;
    if (end == null) {
      const next = lines.slice(i + 1).find((other) => other.start != null && other.start > start);
      end = next?.start ?? Infinity;
    }
    return { start, end };
  });
}

/**
 * Index of the line to mark at `time`: the latest-starting line whose
 * [start, end) holds it; in a gap between lines, the last one that started
 * (so the highlight does not flicker off during pauses in speech); -1 before
 * the first line. Lines without a usable start are never chosen.
 */
export function currentCueIndex(cues: readonly Cue[], time: number): number {
  let containing = -1;
  let lastStarted = -1;
  for (let i = 0; i < cues.length; i++) {
    const { start, end } = cues[i];
    if (!(start <= time)) continue;
    if (lastStarted === -1 || start >= cues[lastStarted].start) lastStarted = i;
    if (time < end && (containing === -1 || start >= cues[containing].start)) containing = i;
  }
  return containing !== -1 ? containing : lastStarted;
}

/**
 * Reads the media playlists ffmpeg wrote, to list their segments and to
 * measure the bandwidth the master playlist declares.
 */

export interface PlaylistSegment {
  uri: string;
  durationSeconds: number;
}

export function parseMediaPlaylist(text: string): { targetDurationSeconds: number; segments: PlaylistSegment[] } {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  let targetDurationSeconds = 0;
  let pendingDuration: number | null = null;
  const segments: PlaylistSegment[] = [];
  for (const line of lines) {
    if (line.startsWith('#EXT-X-TARGETDURATION:')) targetDurationSeconds = Number(line.slice(22));
    else if (line.startsWith('#EXTINF:')) pendingDuration = Number.parseFloat(line.slice(8));
    else if (line && !line.startsWith('#') && pendingDuration !== null) {
      segments.push({ uri: line, durationSeconds: pendingDuration });
      pendingDuration = null;
    }
  }
  return { targetDurationSeconds, segments };
}

/**
 * Peak and average bits per second. A final stub segment shorter than 1 s is
 * left out of the peak: a few KB of trailing audio over 0.1 s would otherwise
 * claim a bitrate no player ever needs.
 */
export function variantBandwidth(segments: Array<{ durationSeconds: number; bytes: number }>): {
  peak: number;
  average: number;
} {
  const totalSeconds = segments.reduce((sum, s) => sum + s.durationSeconds, 0);
  const totalBits = segments.reduce((sum, s) => sum + s.bytes * 8, 0);
  const forPeak = segments.filter((s) => s.durationSeconds >= 1);
  const peak = Math.max(0, ...(forPeak.length > 0 ? forPeak : segments).map((s) => (s.bytes * 8) / Math.max(s.durationSeconds, 0.001)));
  return { peak: Math.round(peak), average: totalSeconds > 0 ? Math.round(totalBits / totalSeconds) : 0 };
}

/**
 * Benchmark inputs, generated on the spot so nothing binary is committed and
 * every run measures the same kind of file.
 */
import path from 'node:path';
import { runBare } from './bare-ffmpeg';

export interface ClipSpec {
  seconds: number;
  width: number;
  height: number;
}

/**
 * Like a phone clip: H.264 High, 30 fps, ~12 Mbit/s with a 1-second GOP and
 * no B-frames (what phone hardware encoders write), stereo AAC 48 kHz.
 * testsrc2 moves and has gradients and text, so scaling and encoding do real
 * work; the bitrate cap keeps its decode cost near a real 1080p phone file.
 */
export async function makePhoneClip({ ffmpegPath, dir, name, clip }: { ffmpegPath: string; dir: string; name: string; clip: ClipSpec }): Promise<string> {
  const file = path.join(dir, name);
  const videoKbps = clip.height >= 1080 ? 12000 : 6000;
  await runBare({
    file: ffmpegPath,
    args: [
      '-hide_banner', '-nostdin', '-y', '-loglevel', 'error',
      '-f', 'lavfi', '-i', `testsrc2=size=${clip.width}x${clip.height}:rate=30:duration=${clip.seconds}`,
      '-f', 'lavfi', '-i', `sine=frequency=440:beep_factor=4:sample_rate=48000:duration=${clip.seconds}`,
      '-c:v', 'libx264', '-preset', 'superfast', '-profile:v', 'high', '-pix_fmt', 'yuv420p',
      '-b:v', `${videoKbps}k`, '-maxrate', `${videoKbps}k`, '-bufsize', `${videoKbps * 2}k`, '-g', '30', '-bf', '0',
      '-c:a', 'aac', '-b:a', '128k', '-ac', '2', '-ar', '48000',
      '-shortest', '-movflags', '+faststart',
      file,
    ],
  });
  return file;
}

/**
 * A 24 MP (6000x4000) camera-like JPEG: test pattern plus grain, 4:2:0, so the
 * decoder and WebP encoder meet texture rather than flat colour. Each index
 * gets its own grain, so no cache can reuse one image's work for the next.
 */
export async function makeCameraJpeg({ ffmpegPath, dir, index }: { ffmpegPath: string; dir: string; index: number }): Promise<string> {
  const file = path.join(dir, `photo-${index}.jpg`);
  await runBare({
    file: ffmpegPath,
    args: [
      '-hide_banner', '-nostdin', '-y', '-loglevel', 'error',
      '-f', 'lavfi', '-i', `testsrc2=size=6000x4000:rate=1,noise=alls=20:allf=t+u:all_seed=${index + 1}`,
      '-frames:v', '1', '-pix_fmt', 'yuvj420p', '-q:v', '2',
      file,
    ],
  });
  return file;
}

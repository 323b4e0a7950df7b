/** Small media files made on the spot with real ffmpeg and sharp, so no binary fixture is committed. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

const ffmpeg = (args: string[]) => execFileSync(process.env.FFMPEG_PATH || 'ffmpeg', ['-v', 'error', '-y', ...args]);

/** A short landscape clip with a tone: 4 s, 426×240, 25 fps. */
export function makeVideo(dir: string, name = 'le-hoi.mp4', { seconds = 4, size = '426x240', withAudio = true } = {}): string {
  const file = path.join(dir, name);
  ffmpeg([
    '-f', 'lavfi', '-i', `testsrc2=size=${size}:rate=25:duration=${seconds}`,
    ...(withAudio ? ['-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`] : []),
    '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p',
    ...(withAudio ? ['-c:a', 'aac', '-b:a', '64k', '-shortest'] : []),
    file,
  ]);
  return file;
}

export function makeAudio(dir: string, name = 'khap.wav', seconds = 3): string {
  const file = path.join(dir, name);
  ffmpeg(['-f', 'lavfi', '-i', `sine=frequency=330:duration=${seconds}`, '-ac', '1', file]);
  return file;
}

export async function makeImage(dir: string, name = 'xoe.jpg', { width = 1600, height = 1200 } = {}): Promise<string> {
  const file = path.join(dir, name);
  await sharp({ create: { width, height, channels: 3, background: { r: 180, g: 40, b: 60 } } })
    .composite([{ input: Buffer.from(`<svg width="${width}" height="${height}"><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#ffd700"/></svg>`) }])
    .jpeg({ quality: 85 })
    .withExif({ IFD0: { Make: 'Test' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 23/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '103/1 1/1 0/1' } })
    .toFile(file);
  return file;
}

export function makeSrt(dir: string, name = 'phu-de.srt'): string {
  const file = path.join(dir, name);
  writeFileSync(file, '1\n00:00:00,500 --> 00:00:02,000\nXin chào bà con bản Noong Hẹt\n\n2\n00:00:02,200 --> 00:00:03,500\nLễ hội bắt đầu\n');
  return file;
}

/** The first bytes of a real MP4, cut off: ffprobe cannot read it. */
export function truncate(source: string, target: string, bytes = 2048): string {
  const data = require('node:fs').readFileSync(source) as Buffer;
  writeFileSync(target, data.subarray(0, bytes));
  return target;
}

/** A PNG whose header claims width x height, with one real row of pixels: tiny on disk. */
export function pngHeaderOnly(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter, no interlace
  const oneRow = deflateSync(Buffer.alloc(1 + width * 3));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', oneRow),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}


/**
 * Integration tests: the media pipeline against real ffmpeg/ffprobe, on
 * fixtures generated here from lavfi sources into a temp dir (whose name
 * holds a space, to prove argv passes through unsplit).
 * Run: node --import tsx --test tests/integration/media/ffmpeg.test.ts
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, readSync, readdirSync, closeSync, rmSync, statSync, truncateSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { ffmpegInfo, probeFile, ProbeError, FfmpegError } from '../../../src/media/ffmpeg';
import { checkProbe, toSourceInfo } from '../../../src/media/probe';
import { transcodeVideo } from '../../../src/media/video';
import { transcodeAudio } from '../../../src/media/audio';
import { parseMediaPlaylist } from '../../../src/media/hls/media-playlist';
import type { MediaOutput, SourceInfo } from '../../../src/media/types';

const QUIET = ['-hide_banner', '-loglevel', 'error', '-y'];
let work = '';
let outCount = 0;
const fx = (name: string) => path.join(work, 'fixtures', name);

function ffmpegSync(args: string[]): void {
  const result = spawnSync('ffmpeg', [...QUIET, ...args], { encoding: 'utf8' });
  assert.equal(result.status, 0, `fixture ffmpeg failed: ${result.stderr}`);
}

function ffprobeJson(file: string, args: string[]): Record<string, any> {
  const result = spawnSync('ffprobe', ['-v', 'error', '-print_format', 'json', ...args, file], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

const freshDir = () => {
  const dir = path.join(work, `out ${(outCount += 1)}`);
  mkdirSync(dir);
  return dir;
};

async function probed(file: string): Promise<SourceInfo> {
  const info = toSourceInfo(await probeFile(file));
  assert.equal(checkProbe(info), null);
  return info;
}

/** Top-level MP4 box types in file order. */
function mp4Boxes(file: string): string[] {
  const fd = openSync(file, 'r');
  const size = statSync(file).size;
  const header = Buffer.alloc(16);
  const types: string[] = [];
  try {
    for (let offset = 0; offset + 8 <= size; ) {
      readSync(fd, header, 0, 16, offset);
      let boxSize = header.readUInt32BE(0);
      if (boxSize === 1) boxSize = Number(header.readBigUInt64BE(8));
      types.push(header.toString('latin1', 4, 8));
      if (boxSize < 8) break;
      offset += boxSize;
    }
  } finally {
    closeSync(fd);
  }
  return types;
}

interface Expected {
  resolutions: string[];
  hasAudio: boolean;
}

/** Checks everything a viewer's player depends on, and returns the master text. */
function assertVideoOutputs(dir: string, manifest: MediaOutput[], expected: Expected, source: SourceInfo): void {
  // The manifest lists exactly the files written: storage uploads from it.
  assert.deepEqual(manifest.map((o) => o.path).sort(), readdirSync(dir).sort());

  const master = readFileSync(path.join(dir, 'master.m3u8'), 'utf8');
  const infs = master.split('\n').filter((line) => line.startsWith('#EXT-X-STREAM-INF'));
  assert.deepEqual(
    infs.map((line) => /RESOLUTION=(\d+x\d+)/.exec(line)?.[1]).filter(Boolean),
    expected.resolutions,
  );
  const audioOnly = infs.filter((line) => !line.includes('RESOLUTION='));
  assert.equal(audioOnly.length, expected.hasAudio ? 1 : 0, 'audio-only variant iff the source has sound');
  if (expected.hasAudio) assert.match(audioOnly[0], /CODECS="mp4a\.40\.2"/);
  for (const line of infs) assert.match(line, /BANDWIDTH=\d+,AVERAGE-BANDWIDTH=\d+/);

  // Every video rung: ≤ 7 s target, 6 s segments, cut at the same instants, each starting on a keyframe.
  const videoPlaylists = manifest.filter((o) => o.role === 'hls-variant' && o.width);
  const startsByRung = videoPlaylists.map((variant) => {
    const { targetDurationSeconds, segments } = parseMediaPlaylist(readFileSync(path.join(dir, variant.path), 'utf8'));
    assert.ok(targetDurationSeconds <= 7, `${variant.path} target ${targetDurationSeconds}`);
    segments.slice(0, -1).forEach((s) => assert.ok(Math.abs(s.durationSeconds - 6) < 0.05, `${s.uri} lasts ${s.durationSeconds}`));
    return segments.map((segment) => {
      const packets = ffprobeJson(path.join(dir, segment.uri), ['-select_streams', 'v:0', '-show_entries', 'packet=pts_time,flags', '-read_intervals', '%+#1']).packets;
      assert.match(packets[0].flags, /K/, `${segment.uri} starts on a keyframe`);
      return Number(packets[0].pts_time);
    });
  });
  for (const starts of startsByRung.slice(1)) {
    assert.equal(starts.length, startsByRung[0].length);
    starts.forEach((t, i) => assert.ok(Math.abs(t - startsByRung[0][i]) < 0.002, `segment ${i} starts at ${t} vs ${startsByRung[0][i]}`));
  }

  // CODECS in the master match what x264 really wrote.
  const lowest = videoPlaylists[0];
  const firstSegment = parseMediaPlaylist(readFileSync(path.join(dir, lowest.path), 'utf8')).segments[0].uri;
  const stream = ffprobeJson(path.join(dir, firstSegment), ['-show_streams', '-select_streams', 'v:0']).streams[0];
  assert.equal(stream.profile, 'Constrained Baseline');
  assert.equal(stream.level, 30);
  assert.match(infs[0], /CODECS="avc1\.42c01e/);

  // Progressive MP4: moov before mdat so phones start playing before the download ends.
  const boxes = mp4Boxes(path.join(dir, 'video.mp4'));
  assert.ok(boxes.indexOf('moov') >= 0 && boxes.indexOf('moov') < boxes.indexOf('mdat'), boxes.join(','));

  // Poster: a JPEG with the source's display aspect (portrait stays portrait).
  const poster = readFileSync(path.join(dir, 'poster.jpg'));
  assert.deepEqual([...poster.subarray(0, 3)], [0xff, 0xd8, 0xff]);
  const posterStream = ffprobeJson(path.join(dir, 'poster.jpg'), ['-show_streams']).streams[0];
  const aspect = source.displayWidth / source.displayHeight;
  assert.ok(Math.abs(posterStream.width / posterStream.height - aspect) / aspect < 0.03, `poster ${posterStream.width}x${posterStream.height}`);

  // Storyboard: the VTT points into the sprite, whose size matches the manifest.
  const vtt = readFileSync(path.join(dir, 'storyboard.vtt'), 'utf8');
  assert.match(vtt, /^WEBVTT\n\n00:00:00\.000 --> 00:00:02\.000\nstoryboard\.jpg#xywh=0,0,\d+,\d+/);
  const sprite = manifest.find((o) => o.role === 'storyboard');
  const spriteStream = ffprobeJson(path.join(dir, 'storyboard.jpg'), ['-show_streams']).streams[0];
  assert.deepEqual([spriteStream.width, spriteStream.height], [sprite?.width, sprite?.height]);
}

before(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'di-san media '));
  mkdirSync(path.join(work, 'fixtures'));
  const testsrc = (size: string, rate = 30) => ['-f', 'lavfi', '-i', `testsrc2=size=${size}:rate=${rate}`];
  const sine = ['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000', '-ac', '2'];
  const x264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'];
  ffmpegSync([...testsrc('640x360'), ...sine, '-t', '7', ...x264, '-c:a', 'aac', '-shortest', fx('landscape.mp4')]);
  ffmpegSync([...testsrc('320x180'), ...sine, '-t', '4', ...x264, '-c:a', 'aac', '-shortest', fx('upright.mp4')]);
  ffmpegSync(['-i', fx('upright.mp4'), '-c', 'copy', '-metadata:s:v:0', 'rotate=90', fx('phone-rotated.mp4')]);
  ffmpegSync([...testsrc('320x180'), '-t', '4', ...x264, fx('silent.mp4')]);
  // 30 fps for 2 s, then every other frame: a phone that dropped frames in low light.
  ffmpegSync([...testsrc('320x180'), '-t', '4', '-vf', "select='if(lt(t,2),1,not(mod(n,2)))'", '-fps_mode', 'vfr', ...x264, fx('vfr.mp4')]);
  // libx264 refuses odd sizes in 4:2:0, so the odd fixture is 4:4:4 with square pixels.
  ffmpegSync([...testsrc('854x480', 25), '-t', '2', '-vf', 'scale=853:479,setsar=1', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv444p', fx('odd.mp4')]);
  ffmpegSync(['-f', 'lavfi', '-i', 'sine=frequency=220:sample_rate=44100', '-t', '6', '-c:a', 'pcm_s16le', fx('song.wav')]);
  ffmpegSync([...testsrc('64x64'), '-frames:v', '1', fx('photo.png')]);
  copyFileSync(fx('photo.png'), fx('photo-renamed.mp4'));
  copyFileSync(fx('landscape.mp4'), fx('truncated.mp4'));
  truncateSync(fx('truncated.mp4'), Math.floor(statSync(fx('truncated.mp4')).size / 2));
});

after(() => {
  delete process.env.FFMPEG_PATH;
  rmSync(work, { recursive: true, force: true });
});

describe('probe on real files', () => {
  it('reports a display-matrix rotation and portrait display size for the phone clip', async () => {
    const info = await probed(fx('phone-rotated.mp4'));
    assert.ok(info.rotation === 90 || info.rotation === 270, `rotation ${info.rotation}`);
    assert.deepEqual([info.width, info.height, info.displayWidth, info.displayHeight], [320, 180, 180, 320]);
  });

  it('flags the VFR clip and reads odd dimensions', async () => {
    assert.equal((await probed(fx('vfr.mp4'))).isVariableFrameRate, true);
    const odd = await probed(fx('odd.mp4'));
    assert.deepEqual([odd.displayWidth, odd.displayHeight], [853, 479]);
  });

  it('rejects a truncated MP4 with a clear reason', async () => {
    await assert.rejects(probeFile(fx('truncated.mp4')), (error: Error) => {
      assert.ok(error instanceof ProbeError);
      assert.match(error.message, /could not be read as audio or video \(moov atom not found; Invalid data found/);
      return true;
    });
  });

  it('rejects a PNG renamed .mp4 as a still image', async () => {
    const info = toSourceInfo(await probeFile(fx('photo-renamed.mp4')));
    assert.equal(info.kind, 'image');
    assert.match(checkProbe(info) ?? '', /still image \(png\)/);
  });
});

describe('transcodeVideo with the Debian ffmpeg', () => {
  it('landscape clip with sound: 3 rungs, audio-only variant, mp4, poster, storyboard, monotonic progress', async () => {
    const source = await probed(fx('landscape.mp4'));
    const dir = freshDir();
    const progress: number[] = [];
    const manifest = await transcodeVideo({ input: fx('landscape.mp4'), outputDir: dir, source, onProgress: (p) => progress.push(p) });
    assertVideoOutputs(dir, manifest, { resolutions: ['256x144', '426x240', '640x360'], hasAudio: true }, source);
    assert.equal(progress[0], 0);
    assert.equal(progress[progress.length - 1], 100);
    assert.ok(progress.every((p, i) => i === 0 || p > progress[i - 1]), 'progress never goes backwards');
    assert.ok(progress.length > 4, 'progress reported within steps');
  });

  it('a wide clip also gets a phone-sized poster (640 px, same aspect)', async () => {
    const dir = freshDir();
    const input = path.join(dir, 'hd-source.mp4');
    const made = spawnSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=1280x720:rate=25', '-t', '2', '-pix_fmt', 'yuv420p', '-c:v', 'libx264', input]);
    assert.equal(made.status, 0, String(made.stderr));
    const out = path.join(dir, 'out');
    mkdirSync(out);
    const manifest = await transcodeVideo({ input, outputDir: out, source: await probed(input) });
    const small = manifest.find((o) => o.role === 'poster-small');
    assert.ok(small, manifest.map((o) => o.role).join(','));
    const stream = ffprobeJson(path.join(out, small.path), ['-show_streams']).streams[0];
    assert.deepEqual([stream.width, stream.height, small.width, small.height], [640, 360, 640, 360]);
    assert.ok(statSync(path.join(out, small.path)).size < statSync(path.join(out, 'poster.jpg')).size);
  });

  it('rotated phone clip comes out portrait', async () => {
    const source = await probed(fx('phone-rotated.mp4'));
    const dir = freshDir();
    const manifest = await transcodeVideo({ input: fx('phone-rotated.mp4'), outputDir: dir, source });
    assertVideoOutputs(dir, manifest, { resolutions: ['144x256'], hasAudio: true }, source);
    const mp4 = ffprobeJson(path.join(dir, 'video.mp4'), ['-show_streams', '-select_streams', 'v:0']).streams[0];
    assert.deepEqual([mp4.width, mp4.height], [144, 256]);
    assert.equal(mp4.side_data_list, undefined, 'the rendition is upright, not tagged');
  });

  it('silent clip: no audio anywhere', async () => {
    const source = await probed(fx('silent.mp4'));
    const dir = freshDir();
    const manifest = await transcodeVideo({ input: fx('silent.mp4'), outputDir: dir, source });
    assertVideoOutputs(dir, manifest, { resolutions: ['256x144'], hasAudio: false }, source);
    assert.doesNotMatch(readFileSync(path.join(dir, 'master.m3u8'), 'utf8'), /mp4a/);
  });

  it('VFR clip is normalised to constant 30 fps', async () => {
    const source = await probed(fx('vfr.mp4'));
    const dir = freshDir();
    const manifest = await transcodeVideo({ input: fx('vfr.mp4'), outputDir: dir, source });
    assertVideoOutputs(dir, manifest, { resolutions: ['256x144'], hasAudio: false }, source);
    const mp4 = ffprobeJson(path.join(dir, 'video.mp4'), ['-show_streams', '-select_streams', 'v:0']).streams[0];
    assert.equal(mp4.r_frame_rate, '30/1');
    assert.equal(mp4.avg_frame_rate, '30/1');
  });

  it('odd 853x479 clip: even sizes, top rung at its own size', async () => {
    const source = await probed(fx('odd.mp4'));
    const dir = freshDir();
    const manifest = await transcodeVideo({ input: fx('odd.mp4'), outputDir: dir, source });
    assertVideoOutputs(dir, manifest, { resolutions: ['256x144', '428x240', '642x360', '852x478'], hasAudio: false }, source);
  });

  it('a failing run leaves nothing behind and says why', async () => {
    // Trust a stale probe of the intact file, as a worker might: ffmpeg then fails mid-job.
    const source = await probed(fx('landscape.mp4'));
    const dir = freshDir();
    await assert.rejects(transcodeVideo({ input: fx('truncated.mp4'), outputDir: dir, source }), (error: Error) => {
      assert.ok(error instanceof FfmpegError, String(error));
      assert.match(error.message, /ffmpeg exited with code \d+: .*moov atom not found/);
      return true;
    });
    assert.deepEqual(readdirSync(dir), []);
  });

  it('an aborted run stops ffmpeg and leaves nothing behind', async () => {
    const source = await probed(fx('landscape.mp4'));
    const dir = freshDir();
    const controller = new AbortController();
    const running = transcodeVideo({
      input: fx('landscape.mp4'),
      outputDir: dir,
      source,
      signal: controller.signal,
      onProgress: (p) => p > 5 && controller.abort(new Error('user cancelled')),
    });
    await assert.rejects(running, /user cancelled/);
    assert.deepEqual(readdirSync(dir), []);
  });
});

describe('transcodeAudio', () => {
  it('writes m4a, opus, a 48k HLS stream and waveform peaks', async () => {
    const source = await probed(fx('song.wav'));
    assert.equal(source.kind, 'audio');
    const dir = freshDir();
    const manifest = await transcodeAudio({ input: fx('song.wav'), outputDir: dir, source, peakBuckets: 100 });
    assert.deepEqual(manifest.map((o) => o.path).sort(), readdirSync(dir).sort());
    assert.deepEqual(
      [...new Set(manifest.map((o) => o.role))].sort(),
      ['audio-m4a', 'audio-opus', 'hls-master', 'hls-segment', 'hls-variant', 'peaks'],
    );
    assert.ok(mp4Boxes(path.join(dir, 'audio.m4a')).indexOf('moov') < mp4Boxes(path.join(dir, 'audio.m4a')).indexOf('mdat'));
    const opus = ffprobeJson(path.join(dir, 'audio.webm'), ['-show_streams']).streams[0];
    assert.equal(opus.codec_name, 'opus');
    assert.match(readFileSync(path.join(dir, 'master.m3u8'), 'utf8'), /#EXT-X-STREAM-INF:BANDWIDTH=\d+,AVERAGE-BANDWIDTH=\d+,CODECS="mp4a.40.2"\na0.m3u8/);
    const peaks = JSON.parse(readFileSync(path.join(dir, 'peaks.json'), 'utf8'));
    assert.equal(peaks.version, 2);
    assert.equal(peaks.sample_rate, 8000);
    assert.equal(peaks.samples_per_pixel, 480); // 6 s × 8000 Hz / 100 buckets
    assert.equal(peaks.length, 100);
    assert.equal(peaks.data.length, 200);
    // A full-scale-ish sine: every bucket spans well below and above zero.
    assert.ok(peaks.data.every((v: number, i: number) => (i % 2 === 0 ? v < -10 : v > 10)));
  });
});

describe('with the npm ffmpeg 4.1 build', () => {
  const npmFfmpeg = (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;

  it('runs the ladder (own master playlist, bicubic scaling) via FFMPEG_PATH', async () => {
    process.env.FFMPEG_PATH = npmFfmpeg;
    try {
      const info = await ffmpegInfo();
      assert.equal(info.source, 'env');
      assert.match(info.version, /N-47683/);
      const source = await probed(fx('landscape.mp4'));
      const dir = freshDir();
      const manifest = await transcodeVideo({ input: fx('landscape.mp4'), outputDir: dir, source });
      assertVideoOutputs(dir, manifest, { resolutions: ['256x144', '426x240', '640x360'], hasAudio: true }, source);
    } finally {
      delete process.env.FFMPEG_PATH;
    }
  });

  it('falls back to the npm build when nothing else is found, warning once', async () => {
    const savedPath = process.env.PATH;
    process.env.PATH = path.join(work, 'empty-bin');
    const warnings: string[] = [];
    try {
      const logger = { warn: (message: string) => warnings.push(message) };
      const info = await ffmpegInfo({ logger });
      await ffmpegInfo({ logger });
      assert.equal(info.source, 'npm');
      assert.equal(info.ffmpegPath, npmFfmpeg);
      assert.equal(warnings.length, 1);
      assert.match(warnings[0], /FFMPEG_PATH/);
    } finally {
      process.env.PATH = savedPath;
    }
  });
});

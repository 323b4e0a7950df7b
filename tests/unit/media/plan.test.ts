/**
 * Unit tests for the pure media planners: probe interpretation, the HLS
 * ladder, ffmpeg argv, the master playlist, storyboard VTT and peaks.
 * Run: node --import tsx --test tests/unit/media/plan.test.ts
 *
 * Probe fixtures are real ffprobe 5.1 output for tiny generated files
 * (tests/fixtures/probe/*.json), with the file name replaced.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { checkProbe, toSourceInfo } from '../../../src/media/probe';
import { planVideoLadder, outputFrameRate, shotFrameRate } from '../../../src/media/plan/video-ladder';
import { hlsLadderArgs, mp4Args, posterArgs, storyboardArgs } from '../../../src/media/plan/video-args';
import { peaksPcmArgs } from '../../../src/media/plan/audio-args';
import { planStoryboard, storyboardVtt } from '../../../src/media/plan/storyboard';
import { avcCodec, masterPlaylist } from '../../../src/media/hls/master-playlist';
import { parseMediaPlaylist, variantBandwidth } from '../../../src/media/hls/media-playlist';
import { peaksFromPcm } from '../../../src/media/peaks';
import type { SourceInfo } from '../../../src/media/types';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(__dirname, '../../fixtures/probe', `${name}.json`), 'utf8'));

const video = (overrides: Partial<SourceInfo>): SourceInfo => ({
  kind: 'video',
  container: 'mov,mp4,m4a,3gp,3g2,mj2',
  durationSeconds: 60,
  width: 1920,
  height: 1080,
  rotation: 0,
  displayWidth: 1920,
  displayHeight: 1080,
  videoCodec: 'h264',
  audioCodec: 'aac',
  audioChannels: 2,
  audioSampleRate: 48000,
  hasAudio: true,
  hasVideo: true,
  frameRate: 30,
  nominalFrameRate: 30,
  isVariableFrameRate: false,
  bitRate: 8_000_000,
  ...overrides,
});

describe('toSourceInfo and checkProbe on recorded ffprobe output', () => {
  const cases: Array<{ name: string; expect: Partial<SourceInfo>; rejected: RegExp | null }> = [
    {
      name: 'landscape-with-audio',
      expect: { kind: 'video', width: 320, height: 180, rotation: 0, displayWidth: 320, displayHeight: 180, hasAudio: true, audioChannels: 2, videoCodec: 'h264', audioCodec: 'aac', frameRate: 30, isVariableFrameRate: false, durationSeconds: 2 },
      rejected: null,
    },
    // ffmpeg 5.1 writes `rotate=90` as a display matrix that reads back as +90 (counter-clockwise).
    { name: 'rotated-phone', expect: { kind: 'video', width: 320, height: 180, rotation: 270, displayWidth: 180, displayHeight: 320 }, rejected: null },
    { name: 'no-audio', expect: { kind: 'video', hasAudio: false, audioCodec: null, audioChannels: 0 }, rejected: null },
    { name: 'vfr', expect: { kind: 'video', isVariableFrameRate: true }, rejected: null },
    { name: 'odd-853x479', expect: { displayWidth: 853, displayHeight: 479, frameRate: 25 }, rejected: null },
    { name: 'audio', expect: { kind: 'audio', hasVideo: false, audioCodec: 'pcm_s16le', audioSampleRate: 44100, audioChannels: 1 }, rejected: null },
    { name: 'mp3-with-cover', expect: { kind: 'audio', hasVideo: false, audioCodec: 'mp3', width: 0 }, rejected: null },
    { name: 'png-renamed', expect: { kind: 'image', videoCodec: 'png', hasAudio: false }, rejected: /still image \(png\).*photo/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const info = toSourceInfo(fixture(c.name));
      for (const [key, value] of Object.entries(c.expect)) {
        assert.deepEqual(info[key as keyof SourceInfo], value, `${c.name}.${key}`);
      }
      const reason = checkProbe(info);
      if (c.rejected) assert.match(reason ?? '', c.rejected);
      else assert.equal(reason, null);
    });
  }

  it('reads the legacy rotate tag when there is no display matrix', () => {
    const raw = { format: { duration: '3' }, streams: [{ codec_type: 'video', codec_name: 'h264', width: 1920, height: 1080, tags: { rotate: '90' } }] };
    const info = toSourceInfo(raw);
    assert.equal(info.rotation, 90);
    assert.deepEqual([info.displayWidth, info.displayHeight], [1080, 1920]);
  });

  it('rejects empty, zero-length and unsupported files with a reason a person can act on', () => {
    assert.match(checkProbe(toSourceInfo({ format: {}, streams: [] })) ?? '', /no audio or video/);
    assert.match(checkProbe(toSourceInfo(null)) ?? '', /no audio or video/);
    const zero = toSourceInfo({ format: { duration: '0' }, streams: [{ codec_type: 'audio', codec_name: 'aac' }] });
    assert.match(checkProbe(zero) ?? '', /no measurable length/);
    assert.match(checkProbe(video({ videoCodec: 'cinepak' })) ?? '', /cannot convert \(cinepak\)/);
    assert.match(checkProbe(video({ audioCodec: 'dts' })) ?? '', /cannot convert \(dts\)/);
  });
});

describe('planVideoLadder', () => {
  const table: Array<{ name: string; source: SourceInfo; sizes: string[] }> = [
    { name: '1080p', source: video({}), sizes: ['256x144', '426x240', '640x360', '854x480', '1280x720'] },
    { name: '720p', source: video({ width: 1280, height: 720, displayWidth: 1280, displayHeight: 720 }), sizes: ['256x144', '426x240', '640x360', '854x480', '1280x720'] },
    { name: '480p', source: video({ width: 854, height: 480, displayWidth: 854, displayHeight: 480 }), sizes: ['256x144', '428x240', '640x360', '854x480'] },
    { name: '8K is capped at 720p', source: video({ width: 7680, height: 4320, displayWidth: 7680, displayHeight: 4320 }), sizes: ['256x144', '426x240', '640x360', '854x480', '1280x720'] },
    {
      name: 'rotated 1920x1080 (90) becomes portrait, named by the short side',
      source: video({ rotation: 90, displayWidth: 1080, displayHeight: 1920 }),
      sizes: ['144x256', '240x426', '360x640', '480x854', '720x1280'],
    },
    {
      name: 'odd 853x479: even sizes, and a near-480 source keeps a 480p rung at its own size',
      source: video({ width: 853, height: 479, displayWidth: 853, displayHeight: 479 }),
      sizes: ['256x144', '428x240', '642x360', '852x478'],
    },
    { name: 'tiny 176x144', source: video({ width: 176, height: 144, displayWidth: 176, displayHeight: 144 }), sizes: ['176x144'] },
    { name: '200p gets 144p only', source: video({ width: 356, height: 200, displayWidth: 356, displayHeight: 200 }), sizes: ['256x144'] },
    { name: 'below 144: one rung at its own even size', source: video({ width: 129, height: 97, displayWidth: 129, displayHeight: 97 }), sizes: ['128x96'] },
    { name: 'audio-only', source: video({ kind: 'audio', hasVideo: false, width: 0, height: 0, displayWidth: 0, displayHeight: 0, videoCodec: null }), sizes: [] },
  ];
  for (const c of table) {
    it(c.name, () => {
      const ladder = planVideoLadder({ source: c.source });
      assert.deepEqual(ladder.rungs.map((r) => `${r.width}x${r.height}`), c.sizes);
      for (const rung of ladder.rungs) {
        assert.equal(rung.width % 2, 0);
        assert.equal(rung.height % 2, 0);
        assert.ok(rung.width <= c.source.displayWidth && rung.height <= c.source.displayHeight, 'never upscales');
      }
    });
  }

  it('sets 3G-sized caps, 2× VBV buffers, profiles and per-rung audio', () => {
    const { rungs, audioOnly } = planVideoLadder({ source: video({}) });
    assert.deepEqual(rungs.map((r) => r.maxrateKbps), [100, 250, 500, 900, 1800]);
    assert.deepEqual(rungs.map((r) => r.bufsizeKbps), [200, 500, 1000, 1800, 3600]);
    assert.deepEqual(rungs.map((r) => `${r.profile}@${r.level}`), ['baseline@3.0', 'baseline@3.0', 'main@3.0', 'main@3.1', 'main@3.1']);
    assert.deepEqual(rungs.map((r) => `${r.audio?.bitrateKbps}k/${r.audio?.channels}`), ['48k/1', '64k/1', '96k/2', '128k/2', '128k/2']);
    assert.deepEqual(audioOnly, { bitrateKbps: 48, channels: 1, sampleRate: 48000 });
  });

  it('drops audio for a silent source and honours a rung subset', () => {
    const ladder = planVideoLadder({ source: video({ hasAudio: false, audioCodec: null, audioChannels: 0 }), rungs: [240, 720] });
    assert.deepEqual(ladder.rungs.map((r) => r.name), ['240p', '720p']);
    assert.ok(ladder.rungs.every((r) => r.audio === null));
    assert.equal(ladder.audioOnly, null);
  });

  it('normalises frame rates to integers ≤ 30 with a 2-second GOP', () => {
    assert.deepEqual([60, 59.94, 50, 30000 / 1001, 25, 24000 / 1001, 120, 0, 22.7].map(outputFrameRate), [30, 30, 25, 30, 25, 24, 30, 30, 23]);
    assert.equal(planVideoLadder({ source: video({ frameRate: 50, nominalFrameRate: 50 }) }).gopFrames, 50);
  });

  it('encodes a VFR clip at the rate it was shot at, not its average', () => {
    assert.equal(shotFrameRate({ frameRate: 22.7, nominalFrameRate: 30, isVariableFrameRate: true }), 30);
    assert.equal(shotFrameRate({ frameRate: 22.7, nominalFrameRate: 90000, isVariableFrameRate: true }), 24);
    assert.equal(shotFrameRate({ frameRate: 25, nominalFrameRate: 50, isVariableFrameRate: false }), 25);
    assert.equal(planVideoLadder({ source: toSourceInfo(fixture('vfr')) }).frameRate, 30);
  });
});

describe('hlsLadderArgs and friends', () => {
  const source = video({});
  const ladder = planVideoLadder({ source, rungs: [144, 360, 720] });
  const args = hlsLadderArgs({ input: '/in/clip.mp4', outputDir: '/out', source, ladder });
  const valueOf = (argv: string[], flag: string) => argv[argv.indexOf(flag) + 1];

  it('decodes once and splits into one bicubic scale per rung, after a CFR fps filter', () => {
    assert.equal(args.filter((a) => a === '-i').length, 1);
    const graph = valueOf(args, '-filter_complex');
    assert.match(graph, /^\[0:v\]fps=30,split=3\[s0\]\[s1\]\[s2\];/);
    assert.equal(graph.match(/scale=\d+:\d+:flags=bicubic/g)?.length, 3);
    assert.match(graph, /\[s2\]scale=1280:720:flags=bicubic/);
  });

  it('aligns keyframes across rungs and cuts 6-second segments', () => {
    assert.equal(valueOf(args, '-g'), '60');
    assert.equal(valueOf(args, '-keyint_min'), '60');
    assert.equal(valueOf(args, '-sc_threshold'), '0');
    assert.equal(valueOf(args, '-force_key_frames'), 'expr:gte(t,n_forced*2)');
    assert.equal(valueOf(args, '-hls_time'), '6');
    assert.equal(valueOf(args, '-c:v'), 'libx264');
    assert.equal(valueOf(args, '-preset'), 'veryfast');
  });

  it('maps audio into every rung plus an audio-only variant, without -master_pl_name', () => {
    assert.equal(valueOf(args, '-var_stream_map'), 'v:0,a:0 v:1,a:1 v:2,a:2 a:3');
    assert.equal(args.filter((a) => a === '0:a:0').length, 4);
    assert.ok(!args.includes('-master_pl_name'));
    assert.equal(valueOf(args, '-b:a:3'), '48k');
    assert.equal(valueOf(args, '-ac:a:3'), '1');
    assert.equal(valueOf(args, '-maxrate:v:2'), '1800k');
    assert.equal(valueOf(args, '-profile:v:0'), 'baseline');
    assert.equal(args[args.length - 1], path.join('/out', 'v%v.m3u8'));
  });

  it('has no audio maps or audio-only variant for a silent source', () => {
    const silent = video({ hasAudio: false, audioCodec: null, audioChannels: 0 });
    const silentArgs = hlsLadderArgs({ input: '/in/a.mp4', outputDir: '/out', source: silent, ladder: planVideoLadder({ source: silent, rungs: [144, 360] }) });
    assert.ok(!silentArgs.some((a) => a.includes('0:a')));
    assert.ok(!silentArgs.includes('-c:a'));
    assert.equal(valueOf(silentArgs, '-var_stream_map'), 'v:0 v:1');
  });

  it('builds mp4 (faststart), poster (input seek) and storyboard (tile) argv', () => {
    const top = ladder.rungs[2];
    const mp4 = mp4Args({ input: '/in/a.mp4', output: '/out/video.mp4', source, ladder, rung: top });
    assert.equal(valueOf(mp4, '-movflags'), '+faststart');
    assert.match(valueOf(mp4, '-vf'), /scale=1280:720:flags=bicubic/);
    const poster = posterArgs({ input: '/in/a.mp4', output: '/out/p.jpg', atSeconds: 12.5, width: 640, height: 360 });
    assert.ok(poster.indexOf('-ss') < poster.indexOf('-i'), 'fast input seek');
    assert.equal(valueOf(poster, '-ss'), '12.500');
    assert.equal(valueOf(poster, '-frames:v'), '1');
    const plan = planStoryboard({ durationSeconds: 60, displayWidth: 1280, displayHeight: 720 });
    const board = storyboardArgs({ input: '/out/video.mp4', output: '/out/s.jpg', plan });
    assert.match(valueOf(board, '-vf'), /^fps=1\/2,scale=160:90:flags=bicubic,setsar=1,tile=10x3$/);
    const pcm = peaksPcmArgs({ input: 'a.wav', output: 'b.pcm' });
    assert.deepEqual([valueOf(pcm, '-ac'), valueOf(pcm, '-ar'), valueOf(pcm, '-f')], ['1', '8000', 's16le']);
  });
});

describe('masterPlaylist', () => {
  it('writes variants lowest first, the audio-only variant last, and optional subtitles', () => {
    const text = masterPlaylist({
      variants: [
        { uri: 'v1.m3u8', bandwidth: 700_000, averageBandwidth: 650_000, width: 640, height: 360, frameRate: 30, codecs: [avcCodec('main', '3.0'), 'mp4a.40.2'] },
        { uri: 'v0.m3u8', bandwidth: 180_000, averageBandwidth: 160_000, width: 256, height: 144, frameRate: 30, codecs: [avcCodec('baseline', '3.0'), 'mp4a.40.2'] },
      ],
      audioOnly: { uri: 'v2.m3u8', bandwidth: 56_000, codecs: ['mp4a.40.2'] },
      subtitles: [{ tag: 'vi', name: 'Tiếng "Việt"', uri: 'subs/vi.m3u8', isDefault: true }],
    });
    assert.equal(
      text,
      [
        '#EXTM3U',
        '#EXT-X-VERSION:6',
        '#EXT-X-INDEPENDENT-SEGMENTS',
        '#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",NAME="Tiếng Việt",LANGUAGE="vi",DEFAULT=YES,AUTOSELECT=YES,URI="subs/vi.m3u8"',
        '#EXT-X-STREAM-INF:BANDWIDTH=180000,AVERAGE-BANDWIDTH=160000,RESOLUTION=256x144,FRAME-RATE=30.000,CODECS="avc1.42c01e,mp4a.40.2",SUBTITLES="subs"',
        'v0.m3u8',
        '#EXT-X-STREAM-INF:BANDWIDTH=700000,AVERAGE-BANDWIDTH=650000,RESOLUTION=640x360,FRAME-RATE=30.000,CODECS="avc1.4d401e,mp4a.40.2",SUBTITLES="subs"',
        'v1.m3u8',
        '#EXT-X-STREAM-INF:BANDWIDTH=56000,CODECS="mp4a.40.2",SUBTITLES="subs"',
        'v2.m3u8',
        '',
      ].join('\n'),
    );
    assert.equal(avcCodec('main', '3.1'), 'avc1.4d401f');
  });

  it('measures peak and average bandwidth from segments, ignoring a sub-second tail for the peak', () => {
    const { segments, targetDurationSeconds } = parseMediaPlaylist('#EXTM3U\n#EXT-X-TARGETDURATION:6\n#EXTINF:6.0,\na.ts\n#EXTINF:0.5,\nb.ts\n#EXT-X-ENDLIST\n');
    assert.equal(targetDurationSeconds, 6);
    assert.deepEqual(segments, [{ uri: 'a.ts', durationSeconds: 6 }, { uri: 'b.ts', durationSeconds: 0.5 }]);
    const bw = variantBandwidth([{ durationSeconds: 6, bytes: 75_000 }, { durationSeconds: 0.5, bytes: 20_000 }]);
    assert.deepEqual(bw, { peak: 100_000, average: Math.round((95_000 * 8) / 6.5) });
  });
});

describe('storyboardVtt', () => {
  it('points each cue at its tile in the sprite and ends at the duration', () => {
    const plan = planStoryboard({ durationSeconds: 25, displayWidth: 720, displayHeight: 1280 });
    assert.deepEqual(
      { interval: plan.intervalSeconds, count: plan.count, columns: plan.columns, rows: plan.rows, w: plan.tileWidth, h: plan.tileHeight },
      { interval: 2, count: 13, columns: 10, rows: 2, w: 90, h: 160 },
    );
    const cues = storyboardVtt({ plan, spriteUri: 'storyboard.jpg' }).trimEnd().split('\n\n');
    assert.equal(cues[0], 'WEBVTT');
    assert.equal(cues.length, 1 + 13);
    assert.equal(cues[1], '00:00:00.000 --> 00:00:02.000\nstoryboard.jpg#xywh=0,0,90,160');
    assert.equal(cues[11], '00:00:20.000 --> 00:00:22.000\nstoryboard.jpg#xywh=0,160,90,160');
    assert.equal(cues[13], '00:00:24.000 --> 00:00:25.000\nstoryboard.jpg#xywh=180,160,90,160');
  });

  it('widens the interval so a long recording stays at ≤ 100 tiles', () => {
    const plan = planStoryboard({ durationSeconds: 3 * 3600 + 1, displayWidth: 1920, displayHeight: 1080 });
    assert.equal(plan.intervalSeconds, 109);
    assert.ok(plan.count <= 100);
    assert.match(storyboardVtt({ plan, spriteUri: 's.jpg' }), /03:00:01\.000\ns\.jpg#xywh=/);
  });
});

describe('peaksFromPcm', () => {
  const pcm = (samples: number[]) => {
    const buffer = Buffer.alloc(samples.length * 2);
    samples.forEach((value, i) => buffer.writeInt16LE(value, i * 2));
    return buffer;
  };

  it('returns min/max pairs per bucket scaled to 8 bits, in audiowaveform v2 format', () => {
    const peaks = peaksFromPcm(pcm([0, 32767, -32768, 256, -256, 512, 100, -100, 1000]), 3);
    assert.deepEqual(peaks, {
      version: 2,
      channels: 1,
      sample_rate: 8000,
      samples_per_pixel: 3,
      bits: 8,
      length: 3,
      data: [-128, 127, -1, 2, -1, 3],
    });
  });

  it('uses fewer buckets than asked when there are fewer samples, and survives empty or odd input', () => {
    assert.equal(peaksFromPcm(pcm([1, 2]), 10).length, 2);
    assert.deepEqual(peaksFromPcm(Buffer.alloc(0), 10).data, []);
    assert.equal(peaksFromPcm(Buffer.concat([pcm([5000]), Buffer.from([1])]), 4).length, 1);
  });
});

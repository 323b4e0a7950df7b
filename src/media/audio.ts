/**
 * Transcodes one probed audio recording (or the sound of a video) into an
 * .m4a, an Opus .webm, a 3G-sized HLS stream and waveform peaks.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { runFfmpeg } from './ffmpeg';
import { collectVariant, HLS_CONTENT_TYPES } from './hls/collect';
import { AAC_LC_CODEC, masterPlaylist } from './hls/master-playlist';
import { AUDIO_FILES, hlsAudioArgs, m4aArgs, opusArgs, peaksPcmArgs } from './plan/audio-args';
import { DEFAULT_PEAK_BUCKETS, peaksFromPcm } from './peaks';
import { cleanOnFailure, fileSize, runSteps } from './steps';
import type { MediaLogger, MediaOutput, ProgressListener, SourceInfo } from './types';

export interface TranscodeAudioOptions {
  input: string;
  /** A fresh, empty directory; on failure everything written there is removed. */
  outputDir: string;
  source: SourceInfo;
  onProgress?: ProgressListener;
  signal?: AbortSignal;
  logger?: MediaLogger;
  /** Min/max pairs in peaks.json. @default 1000 */
  peakBuckets?: number;
}

export async function transcodeAudio({
  input,
  outputDir,
  source,
  onProgress,
  signal,
  logger,
  peakBuckets = DEFAULT_PEAK_BUCKETS,
}: TranscodeAudioOptions): Promise<MediaOutput[]> {
  if (!source.hasAudio) throw new Error('transcodeAudio needs a source with an audio stream.');
  const durationSeconds = source.durationSeconds;
  const at = (name: string) => path.join(outputDir, name);
  const run = (args: string[], onStepProgress?: (percent: number) => void) =>
    runFfmpeg({ args, durationSeconds, onProgress: onStepProgress, signal, logger });

  return cleanOnFailure(outputDir, async () => {
    await runSteps(
      [
        { weight: 35, run: (p) => run(m4aArgs({ input, output: at(AUDIO_FILES.m4a), source }), p) },
        { weight: 35, run: (p) => run(opusArgs({ input, output: at(AUDIO_FILES.opus), source }), p) },
        { weight: 20, run: (p) => run(hlsAudioArgs({ input, outputDir }), p) },
        {
          weight: 10,
          run: async (p) => {
            // PCM goes to scratch space outside outputDir: it is not a deliverable.
            const scratch = await mkdtemp(path.join(os.tmpdir(), 'di-san-peaks-'));
            try {
              const pcm = path.join(scratch, 'audio.pcm');
              await run(peaksPcmArgs({ input, output: pcm }), p);
              await writeFile(at(AUDIO_FILES.peaks), JSON.stringify(peaksFromPcm(await readFile(pcm), peakBuckets)));
            } finally {
              await rm(scratch, { recursive: true, force: true });
            }
          },
        },
      ],
      onProgress,
    );

    const hls = await collectVariant({ outputDir, playlist: AUDIO_FILES.hlsPlaylist });
    await writeFile(
      at(AUDIO_FILES.hlsMaster),
      masterPlaylist({
        variants: [],
        audioOnly: { uri: AUDIO_FILES.hlsPlaylist, bandwidth: hls.peak, averageBandwidth: hls.average, codecs: [AAC_LC_CODEC] },
      }),
    );
    const bitrateOf = async (name: string) =>
      Math.round(((await fileSize(at(name))) * 8) / Math.max(durationSeconds, 0.001));
    return [
      { path: AUDIO_FILES.m4a, contentType: 'audio/mp4', role: 'audio-m4a', bitrate: await bitrateOf(AUDIO_FILES.m4a) },
      { path: AUDIO_FILES.opus, contentType: 'audio/webm', role: 'audio-opus', bitrate: await bitrateOf(AUDIO_FILES.opus) },
      { path: AUDIO_FILES.hlsMaster, contentType: HLS_CONTENT_TYPES.playlist, role: 'hls-master' },
      ...hls.outputs,
      { path: AUDIO_FILES.peaks, contentType: 'application/json', role: 'peaks' },
    ];
  });
}

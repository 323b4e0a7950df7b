/**
 * Waveform peaks in the audiowaveform JSON format (version 2) that peaks.js
 * and wavesurfer read, so the player draws the waveform without decoding audio
 * on a cheap phone.
 */
import { PEAKS_SAMPLE_RATE } from './plan/audio-args';

export interface WaveformPeaks {
  version: 2;
  channels: 1;
  sample_rate: number;
  samples_per_pixel: number;
  bits: 8;
  /** Number of min/max pairs in data. */
  length: number;
  /** min0, max0, min1, max1, … each in −128…127. */
  data: number[];
}

/** 1000 pairs draw a full-width waveform on any phone and weigh ~4 KB as JSON. */
export const DEFAULT_PEAK_BUCKETS = 1000;

/**
 * `pcm` is signed 16-bit little-endian mono. Each bucket covers
 * ceil(samples / buckets) samples; its min and max are scaled to 8 bits.
 */
export function peaksFromPcm(pcm: Buffer, buckets: number, sampleRate: number = PEAKS_SAMPLE_RATE): WaveformPeaks {
  const samples = Math.floor(pcm.length / 2);
  const wanted = Math.max(1, Math.floor(buckets));
  const samplesPerPixel = Math.max(1, Math.ceil(samples / wanted));
  const length = Math.ceil(samples / samplesPerPixel);
  const data = new Array<number>(length * 2);
  for (let bucket = 0; bucket < length; bucket += 1) {
    const start = bucket * samplesPerPixel;
    const end = Math.min(samples, start + samplesPerPixel);
    let min = 32767;
    let max = -32768;
    for (let i = start; i < end; i += 1) {
      const value = pcm.readInt16LE(i * 2);
      if (value < min) min = value;
      if (value > max) max = value;
    }
    // Arithmetic shift keeps −32768…32767 inside −128…127.
    data[bucket * 2] = min >> 8;
    data[bucket * 2 + 1] = max >> 8;
  }
  return { version: 2, channels: 1, sample_rate: sampleRate, samples_per_pixel: samplesPerPixel, bits: 8, length, data };
}

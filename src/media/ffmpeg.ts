/**
 * The one module that talks to ffmpeg and ffprobe. Everything else builds argv
 * (src/media/plan) or reads JSON (src/media/probe.ts) and calls in here.
 *
 * Binaries are resolved on every call (a few stat calls) rather than once, so
 * a test or an operator can switch builds through FFMPEG_PATH without a
 * restart; `-version` output is cached per path.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import ffmpeg from 'fluent-ffmpeg';

import type { MediaLogger } from './types';

export type BinarySource = 'env' | 'system' | 'npm';

export interface FfmpegInfo {
  ffmpegPath: string;
  ffprobePath: string;
  /** Where ffmpeg itself came from (ffprobe is resolved the same way, separately). */
  source: BinarySource;
  /** First line of `ffmpeg -version`, e.g. "ffmpeg version 5.1.9-0+deb12u1". */
  version: string;
}

export interface RunFfmpegOptions {
  /** Full argv after the binary name, as a planner built it. Passed unchanged. */
  args: string[];
  /** Length of the media being written; enables onProgress. */
  durationSeconds?: number;
  /** 0–100 for this run, from ffmpeg's `time=` stats. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
  logger?: MediaLogger;
}

/** ffmpeg exited non-zero; `stderrTail` holds its last meaningful lines. */
export class FfmpegError extends Error {
  readonly stderrTail: string[];
  constructor(message: string, stderrTail: string[]) {
    super(stderrTail.length > 0 ? `${message}: ${stderrTail.join(' | ')}` : message);
    this.name = 'FfmpegError';
    this.stderrTail = stderrTail;
  }
}

/** ffprobe could not read the file at all (truncated, not media, missing). */
export class ProbeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProbeError';
  }
}

// ffmpeg's stats line repeats every ~0.5 s; 60 lines keep the error lines
// that precede the last few stats lines without holding megabytes of log.
const STDERR_RING_LINES = 60;
const STDERR_TAIL_LINES = 8;
const PROBE_MAX_BUFFER_BYTES = 16 * 1024 * 1024;

let warnedAboutNpmBuild = false;
const versionByPath = new Map<string, string>();

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findOnPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name);
  }
  return null;
}

function npmBinary(pkg: '@ffmpeg-installer/ffmpeg' | '@ffprobe-installer/ffprobe'): string | null {
  try {
    // Lazy: these packages throw on platforms they have no build for.
    const found = require(pkg) as { path?: string };
    return found.path && isExecutable(found.path) ? found.path : null;
  } catch {
    return null;
  }
}

function resolveBinary(
  envVar: 'FFMPEG_PATH' | 'FFPROBE_PATH',
  name: 'ffmpeg' | 'ffprobe',
): { file: string; source: BinarySource } {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`${envVar} points to ${fromEnv}, which is not an executable file.`);
    return { file: fromEnv, source: 'env' };
  }
  const system = findOnPath(name);
  if (system) return { file: system, source: 'system' };
  const npm = npmBinary(name === 'ffmpeg' ? '@ffmpeg-installer/ffmpeg' : '@ffprobe-installer/ffprobe');
  if (npm) return { file: npm, source: 'npm' };
  throw new Error(`No ${name} found: install it (apt-get install ffmpeg) or set ${envVar}.`);
}

function resolveBinaries(logger?: MediaLogger): { ffmpegPath: string; ffprobePath: string; source: BinarySource } {
  const ff = resolveBinary('FFMPEG_PATH', 'ffmpeg');
  const probe = resolveBinary('FFPROBE_PATH', 'ffprobe');
  if (ff.source === 'npm' && !warnedAboutNpmBuild && logger) {
    warnedAboutNpmBuild = true;
    logger.warn(
      'media: using the npm @ffmpeg-installer build (2018, ffmpeg 4.1): no security updates and slower Opus. ' +
        'Install Debian ffmpeg or set FFMPEG_PATH.',
    );
  }
  return { ffmpegPath: ff.file, ffprobePath: probe.file, source: ff.source };
}

function execFileText(file: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { maxBuffer: PROBE_MAX_BUFFER_BYTES, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(Object.assign(error, { stderr }));
      else resolve({ stdout, stderr });
    });
  });
}

/** Which binaries the pipeline will use; call at boot to fail early. */
export async function ffmpegInfo({ logger }: { logger?: MediaLogger } = {}): Promise<FfmpegInfo> {
  const { ffmpegPath, ffprobePath, source } = resolveBinaries(logger);
  let version = versionByPath.get(ffmpegPath);
  if (version === undefined) {
    const { stdout } = await execFileText(ffmpegPath, ['-hide_banner', '-version']);
    version = stdout.split('\n')[0]?.replace(/\s+Copyright.*$/, '').trim() ?? 'unknown';
    versionByPath.set(ffmpegPath, version);
  }
  return { ffmpegPath, ffprobePath, source, version };
}

/** Raw `ffprobe -show_format -show_streams` JSON; interpret it with probe.ts. */
export async function probeFile(file: string, { logger }: { logger?: MediaLogger } = {}): Promise<unknown> {
  const { ffprobePath } = resolveBinaries(logger);
  const args = ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file];
  try {
    const { stdout } = await execFileText(ffprobePath, args);
    return JSON.parse(stdout) as unknown;
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    // e.g. "[mov,mp4,… @ 0x55…] moov atom not found" + "clip.mp4: Invalid data found…"
    const lines = stderr.split('\n').map((line) => line.replace(/^\[[^\]]*\]\s*/, '').replace(`${file}: `, '').trim());
    const reason = lines.filter(Boolean).join('; ') || (error as Error).message;
    throw new ProbeError(`The file could not be read as audio or video (${reason}).`);
  }
}

/**
 * Hands argv to fluent-ffmpeg so that it spawns exactly that argv: options
 * before each `-i` become that input's options, the rest output options, the
 * last token the output. fluent-ffmpeg re-emits them in the same order and
 * adds only a `-y` after the inputs. Options are spread as separate arguments
 * because fluent-ffmpeg splits an array element holding one space in two.
 */
function commandFor(args: string[]): ffmpeg.FfmpegCommand {
  if (args.length < 2) throw new Error('runFfmpeg needs at least an option and an output.');
  const command = ffmpeg({ stdoutLines: STDERR_RING_LINES });
  let pending: string[] = [];
  const lastInput = args.lastIndexOf('-i');
  for (let i = 0; i <= lastInput; i += 1) {
    if (args[i] === '-i' && i + 1 < args.length) {
      command.input(args[i + 1]);
      if (pending.length > 0) command.inputOptions(...(pending as [string, ...string[]]));
      pending = [];
      i += 1;
    } else {
      pending.push(args[i]);
    }
  }
  const outputOptions = args.slice(lastInput < 0 ? 0 : lastInput + 2, -1);
  if (outputOptions.length > 0) command.outputOptions(...(outputOptions as [string, ...string[]]));
  command.output(args[args.length - 1]);
  return command;
}

const STATS_LINE = /^(frame|size)=/;
const TIME_IN_STATS = /time=\s*(\d+):(\d\d):(\d\d(?:\.\d+)?)/;

function stderrTail(stderr: string): string[] {
  return stderr
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line && !STATS_LINE.test(line))
    .slice(-STDERR_TAIL_LINES);
}

/** Runs one ffmpeg invocation; rejects with FfmpegError (or AbortError). */
export function runFfmpeg({ args, durationSeconds, onProgress, signal, logger }: RunFfmpegOptions): Promise<void> {
  const { ffmpegPath } = resolveBinaries(logger);
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason ?? new Error('Aborted'));
      return;
    }
    const command = commandFor(args);
    // fluent-ffmpeg keeps this path in module state, so set it for every run.
    command.setFfmpegPath(ffmpegPath);
    const abort = () => command.kill('SIGKILL');
    signal?.addEventListener('abort', abort, { once: true });

    if (onProgress && durationSeconds && durationSeconds > 0) {
      let last = -1;
      // Parse stats ourselves: fluent-ffmpeg's 'progress' event first runs an
      // extra ffprobe on the input, which costs time for nothing.
      command.on('stderr', (line: string) => {
        const match = TIME_IN_STATS.exec(line);
        if (!match) return;
        const seconds = Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
        const percent = Math.min(100, Math.max(0, (seconds / durationSeconds) * 100));
        if (percent > last) {
          last = percent;
          onProgress(percent);
        }
      });
    }
    command.on('error', (error: Error, _stdout: string | null, stderr: string | null) => {
      signal?.removeEventListener('abort', abort);
      if (signal?.aborted) reject(signal.reason ?? new Error('Aborted'));
      else reject(new FfmpegError(error.message.split(':')[0] ?? 'ffmpeg failed', stderrTail(stderr ?? '')));
    });
    command.on('end', () => {
      signal?.removeEventListener('abort', abort);
      resolve();
    });
    command.run();
  });
}

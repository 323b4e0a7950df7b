/**
 * Unit tests for caption handling (src/media/captions).
 * Run: node --import tsx --test tests/unit/media/captions.test.ts
 *
 * One fixture file per case in tests/fixtures/captions/. Line numbers in the
 * tables were counted by hand in the fixtures: they are what an officer
 * would see in a text editor.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import {
  CaptionError,
  captionTrackLabel,
  detectCaptionFormat,
  normalizeCaptionFile,
  srtToVtt,
  validateWebVtt,
} from '../../../src/media/captions';
import { sniffBytes } from '../../../src/media/sniff';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'captions');
const bytesOf = (name: string): Buffer => readFileSync(path.join(FIXTURES, name));
const textOf = (name: string): string => bytesOf(name).toString('utf8');
const lines = (issues: Array<{ line: number }>) => issues.map((issue) => issue.line);

/** Run fn and return the CaptionError it throws (failing if it throws anything else or nothing). */
function captionErrorFrom(fn: () => unknown): CaptionError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof CaptionError, `expected a CaptionError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a CaptionError to be thrown');
}

describe('detectCaptionFormat', () => {
  const cases: Array<[name: string, input: string, expected: 'vtt' | 'srt' | 'unknown']> = [
    ['valid-vi.vtt', textOf('valid-vi.vtt'), 'vtt'],
    ['WEBVTT after a byte order mark', '\uFEFFWEBVTT\n\n', 'vtt'],
    ['basic.srt', textOf('basic.srt'), 'srt'],
    ['crlf-bom.srt (BOM and CRLF)', textOf('crlf-bom.srt'), 'srt'],
    ['SRT without cue numbers', '00:00:01,000 --> 00:00:02,000\nXin chào\n', 'srt'],
    ['SRT written with dots', '1\n00:00:01.000 --> 00:00:02.000\nXin chào\n', 'srt'],
    ['SRT with a one-digit hour', '1\n0:00:01,000 --> 0:00:02,000\nXin chào\n', 'srt'],
    // A short fraction is not the grammar the converter reads: not detected, so never "SRT that fails on every cue".
    ['milliseconds of one digit', '1\n00:00:01,5 --> 00:00:02,5\nXin chào\n', 'unknown'],
    ['missing-header.vtt (dots, no WEBVTT)', textOf('missing-header.vtt'), 'unknown'],
    ['empty.vtt', textOf('empty.vtt'), 'unknown'],
    ['plain prose', 'Biên bản cuộc họp\n', 'unknown'],
  ];
  for (const [name, input, expected] of cases) {
    it(`${name} → ${expected}`, () => assert.equal(detectCaptionFormat(input), expected));
  }
});

describe('validateWebVtt', () => {
  const cases: Array<{
    fixture: string;
    durationSeconds?: number;
    cueCount: number;
    errorLines: number[];
    /** A phrase the first error must contain, so the message says what is wrong. */
    mentions?: RegExp;
    warningLines?: number[];
  }> = [
    { fixture: 'valid-vi.vtt', cueCount: 3, errorLines: [] },
    { fixture: 'valid-blt-Tavt.vtt', cueCount: 2, errorLines: [] },
    { fixture: 'overlapping-ok.vtt', cueCount: 3, errorLines: [] },
    { fixture: 'missing-header.vtt', cueCount: 1, errorLines: [1], mentions: /first line must be exactly "WEBVTT"/ },
    { fixture: 'bad-timestamp.vtt', cueCount: 1, errorLines: [5], mentions: /"00:00:01\.5 --> 00:00:03\.000".*three digits/ },
    { fixture: 'comma-timestamp.vtt', cueCount: 0, errorLines: [3], mentions: /commas .* WebVTT needs a dot/ },
    { fixture: 'end-before-start.vtt', cueCount: 2, errorLines: [6], mentions: /ends \(00:00:04\.000\) no later than it starts \(00:00:05\.000\)/ },
    { fixture: 'out-of-order.vtt', cueCount: 2, errorLines: [6], mentions: /before the cue above it/ },
    { fixture: 'empty-cue-text.vtt', cueCount: 3, errorLines: [6], mentions: /no caption text/ },
    // "&" on line 5, and the <i> opened on line 5 is never closed (the parser itself reports line 6).
    { fixture: 'bad-cue-text.vtt', cueCount: 2, errorLines: [5, 5], mentions: /&amp;/ },
    // A two-line paragraph cut off from its cue by an empty line: reported once.
    { fixture: 'stray-text.vtt', cueCount: 2, errorLines: [7], mentions: /Expected a time line/ },
    { fixture: 'empty.vtt', cueCount: 0, errorLines: [1], mentions: /empty/ },
    { fixture: 'header-only.vtt', cueCount: 0, errorLines: [1], mentions: /no captions/ },
    { fixture: 'long-for-recording.vtt', cueCount: 2, errorLines: [] },
    // 10 s recording: the cue ending at 10.5 s is within the 1 s tolerance, the one ending at 12 s is not.
    { fixture: 'long-for-recording.vtt', durationSeconds: 10, cueCount: 2, errorLines: [6], mentions: /after the end of the recording \(00:00:10\.000\)/ },
    { fixture: 'nfd-vi.vtt', cueCount: 2, errorLines: [], warningLines: [7] },
    { fixture: 'utf16le.vtt', cueCount: 0, errorLines: [1], mentions: /UTF-16/ },
  ];
  for (const c of cases) {
    const label = c.durationSeconds === undefined ? c.fixture : `${c.fixture} (recording ${c.durationSeconds} s)`;
    it(`${label}: errors on lines [${c.errorLines.join(', ')}]`, () => {
      const result = validateWebVtt(bytesOf(c.fixture), { durationSeconds: c.durationSeconds });
      assert.deepEqual(lines(result.errors), c.errorLines, JSON.stringify(result.errors, null, 1));
      assert.equal(result.isValid, c.errorLines.length === 0);
      assert.equal(result.cueCount, c.cueCount);
      assert.deepEqual(lines(result.warnings), c.warningLines ?? []);
      if (c.mentions) assert.match(result.errors[0].message, c.mentions);
    });
  }

  it('gives the same line numbers for CRLF line endings', () => {
    const crlf = textOf('end-before-start.vtt').replace(/\n/g, '\r\n');
    assert.deepEqual(lines(validateWebVtt(crlf).errors), [6]);
  });

  it('rejects bytes that are not UTF-8, naming the line', () => {
    const result = validateWebVtt(bytesOf('windows-1258.srt'));
    assert.equal(result.isValid, false);
    assert.deepEqual(lines(result.errors), [3]);
    assert.match(result.errors[0].message, /not UTF-8/);
  });

  it('flags text already damaged by a wrong decoding (U+FFFD)', () => {
    const damaged = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nCha\uFFFDo\n';
    assert.deepEqual(lines(validateWebVtt(damaged).errors), [4]);
  });
});

describe('srtToVtt', () => {
  const conversions: Array<{ fixture: string; expected: string; cueCount: number }> = [
    // Keeps <i>/<b>/<u> (lower-cased, closed at the cue end), drops <font> and SRT positions, escapes & and unknown tags.
    { fixture: 'basic.srt', expected: 'basic.expected.vtt', cueCount: 3 },
    // BOM, CRLF and no newline at the end of the file.
    { fixture: 'crlf-bom.srt', expected: 'crlf-bom.expected.vtt', cueCount: 2 },
  ];
  for (const c of conversions) {
    it(`${c.fixture} → ${c.expected}`, () => {
      const result = srtToVtt(textOf(c.fixture));
      assert.deepEqual(result.errors, []);
      assert.equal(result.vtt, textOf(c.expected));
      assert.equal(result.cueCount, c.cueCount);
      assert.equal(validateWebVtt(result.vtt).isValid, true);
    });
  }

  it('bad.srt: reports each problem on its SRT line', () => {
    const result = srtToVtt(textOf('bad.srt'));
    assert.deepEqual(lines(result.errors), [6, 10, 13, 16, 19], JSON.stringify(result.errors, null, 1));
    const [arrow, endBeforeStart, stray, missingTime, seconds] = result.errors.map((e) => e.message);
    assert.match(arrow, /"00:00:03\.000 -> 00:00:04,000" is not written correctly/);
    assert.match(endBeforeStart, /end time must be after the start time/); // found by WebVTT validation, mapped back
    assert.match(stray, /"Dòng lạc" is outside any cue/);
    assert.match(missingTime, /below cue number 4/);
    assert.match(seconds, /more than 59/);
  });

  it('accepts cues that are missing the empty line between them, with a warning', () => {
    const result = srtToVtt('1\n00:00:01,000 --> 00:00:02,000\nMột\n2\n00:00:03,000 --> 00:00:04,000\nHai\n');
    assert.deepEqual(result.errors, []);
    assert.equal(result.cueCount, 2);
    assert.deepEqual(lines(result.warnings), [4]);
  });

  it('checks the recording duration with SRT line numbers', () => {
    // Cue 3 (time line on SRT line 11) runs to 01:02:03,456, far past a 60 s recording.
    const result = srtToVtt(textOf('basic.srt'), { durationSeconds: 60 });
    assert.deepEqual(lines(result.errors), [11]);
  });
});

describe('normalizeCaptionFile', () => {
  it('turns an SRT with BOM and CRLF into canonical WebVTT', () => {
    const result = normalizeCaptionFile({ bytes: bytesOf('crlf-bom.srt'), tag: 'vi', declaredName: 'crlf-bom.srt' });
    assert.equal(result.format, 'srt');
    assert.equal(result.cueCount, 2);
    assert.equal(result.vtt, textOf('crlf-bom.expected.vtt'));
    assert.ok(!result.vtt.includes('\r') && !result.vtt.startsWith('\uFEFF'));
  });

  it('stores decomposed Vietnamese as NFC', () => {
    const result = normalizeCaptionFile({ bytes: bytesOf('nfd-vi.vtt'), tag: 'vi' });
    assert.equal(result.format, 'vtt');
    assert.ok(result.vtt.includes('Tiếng Việt'.normalize('NFC')));
    assert.equal(result.vtt, result.vtt.normalize('NFC'));
  });

  it('keeps Tai Viet text unchanged', () => {
    const result = normalizeCaptionFile({ bytes: bytesOf('valid-blt-Tavt.vtt'), tag: 'blt-Tavt' });
    assert.equal(result.vtt, textOf('valid-blt-Tavt.vtt'));
    assert.match(result.vtt, /[\uAA80-\uAADF]/);
  });

  it('refuses Windows-1258 bytes, says so plainly and asks for UTF-8', () => {
    const error = captionErrorFrom(() =>
      normalizeCaptionFile({ bytes: bytesOf('windows-1258.srt'), tag: 'vi', declaredName: 'windows-1258.srt' }),
    );
    assert.deepEqual(lines(error.errors), [3]);
    assert.match(error.errors[0].message, /Windows-1258/);
    assert.match(error.errors[0].message, /"Chào mừng bà con đến với lễ hội"/);
    assert.match(error.errors[0].message, /UTF-8/);
    assert.match(error.message, /^Caption file "windows-1258\.srt" could not be accepted \(1 problem\):\nLine 3: /);
  });

  it('refuses an invalid language tag together with the file problems', () => {
    const error = captionErrorFrom(() =>
      normalizeCaptionFile({ bytes: bytesOf('end-before-start.vtt'), tag: 'blt_Tavt' }),
    );
    assert.deepEqual(lines(error.errors), [0, 6]); // 0: about the tag, not a line of the file
    assert.match(error.errors[0].message, /"-"/);
  });

  const refused: Array<{ fixture: string; declaredName?: string; errorLines: number[]; mentions: RegExp }> = [
    { fixture: 'empty.vtt', declaredName: 'empty.vtt', errorLines: [1], mentions: /empty/ },
    // Not recognisable by content: the .vtt name decides which checks explain the problem.
    { fixture: 'missing-header.vtt', declaredName: 'missing-header.vtt', errorLines: [1], mentions: /"WEBVTT"/ },
    { fixture: 'missing-header.vtt', errorLines: [1], mentions: /not a caption file we can read/ },
    { fixture: 'bad.srt', declaredName: 'bad.srt', errorLines: [6, 10, 13, 16, 19], mentions: /time line/ },
    { fixture: 'utf16le.vtt', errorLines: [1], mentions: /UTF-16/ },
  ];
  for (const c of refused) {
    it(`refuses ${c.fixture}${c.declaredName ? '' : ' (no file name)'}: lines [${c.errorLines.join(', ')}]`, () => {
      const error = captionErrorFrom(() =>
        normalizeCaptionFile({ bytes: bytesOf(c.fixture), tag: 'vi', declaredName: c.declaredName }),
      );
      assert.deepEqual(lines(error.errors), c.errorLines);
      assert.match(error.errors[0].message, c.mentions);
    });
  }

  it('applies the recording duration', () => {
    const error = captionErrorFrom(() =>
      normalizeCaptionFile({ bytes: bytesOf('valid-vi.vtt'), tag: 'vi', durationSeconds: 30 }),
    );
    assert.deepEqual(lines(error.errors), [13]);
  });
});

describe('captionTrackLabel', () => {
  const cases: Array<[tag: string, vi: string, en: string]> = [
    ['vi', 'Tiếng Việt', 'Vietnamese'],
    ['blt-Tavt', 'Tiếng Thái Đen (chữ Thái Việt)', 'Tai Dam (Tai Viet script)'],
    ['blt-latn', 'Tiếng Thái Đen (chữ Latinh)', 'Tai Dam (Latin script)'],
    ['hnj', 'Tiếng Mông Xanh (Mông Lềnh)', 'Hmong Njua (Green Hmong)'],
    ['vi-VN', 'Tiếng Việt (Việt Nam)', 'Vietnamese (Vietnam)'],
    ['blt-x-muonglay', 'Tiếng Thái Đen (x-muonglay)', 'Tai Dam (x-muonglay)'],
    ['fr', 'fr', 'fr'], // not an archive language: shown as the tag
    ['blt-Cyrl', 'blt-Cyrl', 'blt-Cyrl'], // unknown script: shown as the tag
  ];
  for (const [tag, vi, en] of cases) {
    it(`${tag} → "${vi}" / "${en}"`, () => {
      assert.equal(captionTrackLabel(tag, 'vi'), vi);
      assert.equal(captionTrackLabel(tag, 'en'), en);
    });
  }

  it('has a label in both languages for every archive language', () => {
    for (const tag of ['vi', 'en', 'blt', 'twh', 'hmn', 'hnj', 'mww', 'hni', 'kjg', 'lo', 'ium', 'mji', 'kjm', 'cnc', 'slt', 'khb']) {
      assert.notEqual(captionTrackLabel(tag, 'vi'), tag);
      assert.notEqual(captionTrackLabel(tag, 'en'), tag);
    }
  });
});

describe('one SRT time-line grammar for detection, conversion and sniffing', () => {
  const dotted = '1\n00:00:01.000 --> 00:00:02.500\nXin chào\n\n2\n00:00:03.000 --> 00:00:04.000\nbà con\n';
  it('a dotted SRT not named .srt is read, not refused', async () => {
    const result = normalizeCaptionFile({ bytes: Buffer.from(dotted), tag: 'vi', declaredName: 'phu-de.txt' });
    assert.equal(result.format, 'srt');
    assert.equal(result.cueCount, 2);
    assert.match(result.vtt, /^00:00:01\.000 --> 00:00:02\.500$/m);
    assert.deepEqual((await sniffBytes(Buffer.from(dotted))).kind, 'subtitle');
  });
  const short = '1\n00:00:01,5 --> 00:00:02,5\nXin chào\n';
  it('"00:00:01,5" named .srt: each time line is reported, with the expected form', () => {
    const error = captionErrorFrom(() => normalizeCaptionFile({ bytes: Buffer.from(short), tag: 'vi', declaredName: 'phu-de.srt' }));
    assert.deepEqual(lines(error.errors), [2]);
    assert.match(error.errors[0].message, /"00:00:01,5 --> 00:00:02,5" is not written correctly\. Write it as "00:01:02,500 --> 00:01:04,000"/);
  });
  it('"00:00:01,5" without a name: not a caption file, and not a subtitle upload', async () => {
    const error = captionErrorFrom(() => normalizeCaptionFile({ bytes: Buffer.from(short), tag: 'vi' }));
    assert.match(error.errors[0].message, /not a caption file we can read/);
    assert.equal((await sniffBytes(Buffer.from(short))).kind, 'unknown');
  });
  it('an SRT without cue numbers is a subtitle upload too', async () => {
    assert.equal((await sniffBytes(Buffer.from('00:00:01,000 --> 00:00:02,000\nXin chào\n'))).mime, 'application/x-subrip');
  });
});

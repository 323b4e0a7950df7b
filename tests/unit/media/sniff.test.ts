/**
 * Table-driven tests for upload content checks (pure; fixtures are bytes built here).
 * Run: node --import tsx --test tests/unit/media/sniff.test.ts
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  InvalidFileNameError,
  MAX_FILE_NAME_BYTES,
  checkDeclaredType,
  safeFileName,
  sniffBytes,
  sniffFile,
} from '../../../src/media/sniff';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

/** An ISO-BMFF ftyp box: size, "ftyp", major brand, minor version, compatible brands. */
const ftyp = (major: string, ...compatible: string[]) => {
  const size = 16 + 4 * compatible.length;
  return bytes([0, 0, 0, size], 'ftyp', major, [0, 0, 0, 0], ...compatible, [0, 0, 0, 8], 'free');
};

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';

const magic: Array<[string, Buffer, string, string]> = [
  ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe1, 0, 0x10], 'Exif'), 'image/jpeg', 'image'],
  ['PNG', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'), 'image/png', 'image'],
  ['GIF89a', bytes('GIF89a', [1, 0, 1, 0]), 'image/gif', 'image'],
  ['WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp', 'image'],
  // Header and an empty first IFD: file-type reads the IFD to tell TIFF from camera raws built on it.
  ['TIFF little-endian', bytes('II*', [0, 8, 0, 0, 0], [0, 0], [0, 0, 0, 0]), 'image/tiff', 'image'],
  ['TIFF big-endian', bytes('MM', [0, 42, 0, 0, 0, 8], [0, 0], [0, 0, 0, 0]), 'image/tiff', 'image'],
  ['AVIF', ftyp('avif', 'mif1', 'miaf'), 'image/avif', 'image'],
  ['HEIC (iPhone)', ftyp('heic', 'mif1', 'heic'), 'image/heic', 'image'],
  ['HEIF mif1 with heic brand', ftyp('mif1', 'mif1', 'heic'), 'image/heic', 'image'],
  ['MP4 isom', ftyp('isom', 'isom', 'iso2', 'avc1', 'mp41'), 'video/mp4', 'video'],
  ['MP4 mp42', ftyp('mp42', 'mp42', 'isom'), 'video/mp4', 'video'],
  ['MOV', ftyp('qt  ', 'qt  '), 'video/quicktime', 'video'],
  ['M4A', ftyp('M4A ', 'M4A ', 'mp42', 'isom'), 'audio/mp4', 'audio'],
  ['WebM', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 1, 0x42, 0x82, 0x84], 'webm'), 'video/webm', 'video'],
  ['MKV', bytes([0x1a, 0x45, 0xdf, 0xa3, 0xa3, 0x42, 0x82, 0x88], 'matroska'), 'video/x-matroska', 'video'],
  ['AVI', bytes('RIFF', [0, 0, 0, 0], 'AVI LIST'), 'video/x-msvideo', 'video'],
  // file-type reads past the ID3 tag to the first frame, as a real MP3 has.
  ['MP3 with ID3', bytes('ID3', [4, 0, 0, 0, 0, 0, 0], [0xff, 0xfb, 0x90, 0x64], new Array(400).fill(0)), 'audio/mpeg', 'audio'],
  ['MP3 frame sync', bytes([0xff, 0xfb, 0x90, 0x64]), 'audio/mpeg', 'audio'],
  ['AAC ADTS', bytes([0xff, 0xf1, 0x50, 0x80]), 'audio/aac', 'audio'],
  ['FF FB with a reserved sample rate is not MP3', bytes([0xff, 0xfb, 0x9c, 0x64]), 'application/octet-stream', 'unknown'],
  ['FLAC', bytes('fLaC', [0, 0, 0, 0x22]), 'audio/flac', 'audio'],
  ['Ogg Opus', bytes('OggS', new Array(24).fill(0), 'OpusHead'), 'audio/ogg', 'audio'],
  ['Ogg Vorbis', bytes('OggS', new Array(24).fill(0), [1], 'vorbis', new Array(100).fill(0)), 'audio/ogg', 'audio'],
  ['WAV', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '), 'audio/wav', 'audio'],
  ['PDF', bytes('%PDF-1.7\n'), 'application/pdf', 'document'],
  ['WebVTT', Buffer.from('WEBVTT\n\n00:01.000 --> 00:02.000\nXin chào\n'), 'text/vtt', 'subtitle'],
  ['WebVTT with BOM and header text', Buffer.from('\uFEFFWEBVTT - Lễ hội\r\n'), 'text/vtt', 'subtitle'],
  ['SRT', Buffer.from('1\n00:00:01,000 --> 00:00:02,500\nXin chào\n'), 'application/x-subrip', 'subtitle'],
  ['SRT with BOM and CRLF', Buffer.from('\uFEFF1\r\n00:00:01,000 --> 00:00:02,500\r\nChào\r\n'), 'application/x-subrip', 'subtitle'],
  ['SVG bare', Buffer.from(SVG), 'image/svg+xml', 'image'],
  [
    'SVG with XML declaration, comment and doctype',
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- Inkscape -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n' + SVG,
    ),
    'image/svg+xml',
    'image',
  ],
  ['HTML is not accepted', Buffer.from('<!doctype html><html><script>alert(1)</script>'), 'application/octet-stream', 'unknown'],
  ['WEBVTTX is not WebVTT', Buffer.from('WEBVTTX\n'), 'application/octet-stream', 'unknown'],
  ['UTF-16 SVG is not accepted', Buffer.from(`\uFEFF${SVG}`, 'utf16le'), 'application/octet-stream', 'unknown'],
  ['RIFF of another form', bytes('RIFF', [0, 0, 0, 0], 'CDXA'), 'application/octet-stream', 'unknown'],
  // Known to file-type, so named in the refusal; still no kind we take.
  ['ZIP', bytes('PK', [3, 4, 20, 0]), 'application/zip', 'unknown'],
  ['Canon CR3 (ftyp crx)', ftyp('crx ', 'crx ', 'isom'), 'image/x-canon-cr3', 'image'],
  ['ISO-BMFF of an unknown brand', ftyp('zzzz', 'zzzz'), 'application/octet-stream', 'unknown'],
  ['ISO-BMFF of an unknown major brand that is compatible with isom', ftyp('zzzz', 'isom'), 'video/mp4', 'video'],
  ['empty', Buffer.alloc(0), 'application/octet-stream', 'unknown'],
];

describe('sniffBytes', () => {
  for (const [name, input, mime, kind] of magic) {
    it(`${name} → ${mime}`, async () => {
      const result = await sniffBytes(input);
      assert.equal(result.mime, mime);
      assert.equal(result.kind, kind);
      assert.equal(result.isSvg, mime === 'image/svg+xml');
    });
  }

  it('sniffFile reads the content, not the name', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'sniff-'));
    try {
      const file = path.join(dir, 'holiday.mp4');
      await writeFile(file, Buffer.concat([bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'), Buffer.alloc(10_000)]));
      assert.deepEqual(await sniffFile(file), { mime: 'image/png', kind: 'image', isSvg: false });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('checkDeclaredType', () => {
  const png = sniffBytes(magic[1][1]);
  const isoMp4 = sniffBytes(ftyp('isom', 'isom'));
  const srt = sniffBytes(magic.find(([name]) => name === 'SRT')![1]);
  const agreeing: Array<[string, ReturnType<typeof sniffBytes>, string | null, string]> = [
    ['PNG as image/png', png, 'image/png', 'photo.png'],
    ['upper-case extension and charset parameter', png, 'image/png; charset=binary', 'PHOTO.PNG'],
    ['browser did not know the type', png, 'application/octet-stream', 'photo.png'],
    ['no declared type, no extension', png, null, 'photo'],
    ['iPhone .mov of isom brand', isoMp4, 'video/quicktime', 'IMG_0001.MOV'],
    ['m4a declared audio/mp4 in an isom container', isoMp4, 'audio/mp4', 'song.m4a'],
    ['SRT sent as text/plain', srt, 'text/plain', 'phu-de.srt'],
  ];
  for (const [name, sniffed, declaredMime, fileName] of agreeing) {
    it(`accepts ${name}`, async () => assert.equal(checkDeclaredType({ sniffed: await sniffed, declaredMime, fileName }), null));
  }

  const disagreeing: Array<[string, ReturnType<typeof sniffBytes>, string | null, string, string[]]> = [
    ['a PNG named .mp4 and declared video/mp4', png, 'video/mp4', 'clip.mp4', ['video/mp4', 'image/png']],
    ['a PNG named .mp4 with no declared type', png, '', 'clip.mp4', ['.mp4', 'image/png', '.png']],
    ['a PNG declared image/jpeg', png, 'image/jpeg', 'photo.png', ['image/jpeg', 'image/png']],
    ['an HTML page named .jpg', sniffBytes(Buffer.from('<html>')), 'image/jpeg', 'x.jpg', ['not a supported file type']],
    // Today's point: a Canon raw is an ISO-BMFF file, but not an MP4; it is refused as what it is, not found "damaged".
    ['a Canon CR3', sniffBytes(ftyp('crx ', 'crx ', 'isom')), 'image/x-canon-cr3', 'IMG_0001.CR3', ['image/x-canon-cr3 is not accepted']],
    ['an ISO-BMFF file of an unknown brand', sniffBytes(ftyp('zzzz', 'zzzz')), '', 'thing.mp4', ['not a supported file type']],
  ];
  for (const [name, sniffed, declaredMime, fileName, fragments] of disagreeing) {
    it(`rejects ${name}`, async () => {
      const reason = checkDeclaredType({ sniffed: await sniffed, declaredMime, fileName });
      assert.ok(reason, 'expected a reason');
      for (const fragment of fragments) assert.ok(reason.includes(fragment), `"${reason}" lacks "${fragment}"`);
    });
  }
});

describe('safeFileName', () => {
  const nfdName = 'Lễ hội Xên bản.jpg'.normalize('NFD');
  const cases: Array<[string, string, string]> = [
    ['path traversal with /', '../../etc/passwd', 'passwd'],
    ['path traversal with \\', '..\\..\\windows\\boot.ini', 'boot.ini'],
    ['.. inside a name', 'a..b...jpg', 'a.b.jpg'],
    ['control characters', 'a\u0000b\u001f\u007fc\u0085.jpg', 'abc.jpg'],
    ['bidi override that fakes an extension', 'photo\u202Egpj.exe', 'photogpj.exe'],
    ['Vietnamese NFD → NFC', nfdName, 'Lễ hội Xên bản.jpg'],
    ['reserved characters and padding', '  a<b>:c?.png  ', 'a_b__c_.png'],
    ['Windows device name', 'CON.txt', '_CON.txt'],
    ['no extension', 'README', 'README'],
    ['hidden-file dot', '.htaccess', 'htaccess'],
    ['only dots before the extension', '....jpg', 'jpg'],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      const result = safeFileName(input);
      assert.equal(result, expected);
      assert.equal(result, result.normalize('NFC'));
    });
  }

  it('limits length in UTF-8 bytes and keeps the extension', () => {
    const result = safeFileName(`${'Mường Thanh '.repeat(40)}.jpeg`);
    assert.ok(Buffer.byteLength(result) <= MAX_FILE_NAME_BYTES, `${Buffer.byteLength(result)} bytes`);
    assert.ok(result.endsWith('.jpeg'));
    assert.ok(result.startsWith('Mường Thanh'));
    assert.ok(!result.includes('\uFFFD'));
  });

  for (const input of ['', '   ', '..', '../..', '\u0000\u0001', '/', '. . .']) {
    it(`rejects ${JSON.stringify(input)}`, () => assert.throws(() => safeFileName(input), InvalidFileNameError));
  }
});

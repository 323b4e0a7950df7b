/** Media items and their renditions as the pipeline records them, for the builder tests. */
import type { Renditions } from '../../../src/media/renditions';
import type { ManifestContext } from '../../../src/iiif/manifest';

export const ORIGIN = 'https://disan.example.vn';
const key = (documentId: string, fileId: number, path: string) => `derivatives/${documentId}/${fileId}/r1/${path}`;

export const context = (documentId: string): ManifestContext => ({
  origin: ORIGIN,
  urlOf: (storageKey) => `${ORIGIN}/media/d/${storageKey.slice('derivatives/'.length)}`,
  pageOf: (locale) => `${ORIGIN}${locale === 'en' ? '/en/media' : '/tu-lieu'}/${documentId}`,
});

export const groups = {
  vi: [{ documentId: 'g1', name: 'Thái', otherNames: [{ tag: 'blt-Tavt', value: 'ꪼꪕ' }, { tag: 'blt', value: 'Tay Dam' }] }],
  en: [{ documentId: 'g1', name: 'Tai' }],
};

export const imageItem = {
  vi: {
    documentId: 'img1',
    title: 'Hoa văn thổ cẩm Thái Đen',
    description: 'Tấm **thổ cẩm** dệt tay ở Mường Thanh.',
    kind: 'image',
    creator: 'Lò Văn Ánh',
    date: '2024-03',
    rightsUri: 'https://creativecommons.org/licenses/by-sa/4.0/',
    rightsHolder: 'Trung tâm Văn hoá tỉnh Điện Biên',
    ethnicGroups: groups.vi,
    place: { documentId: 'p1', name: 'Mường Thanh' },
  },
  en: { documentId: 'img1', title: 'Black Tai brocade pattern', description: 'A hand-woven **brocade** from Mường Thanh.', ethnicGroups: groups.en },
};

export const imageRenditions: Renditions = {
  run: 'r1',
  processedAt: '2026-12-01T00:00:00.000Z',
  inputs: 'x',
  files: [
    {
      fileId: 7,
      name: 'tho-cam.jpg',
      kind: 'image',
      sha256: 'a'.repeat(64),
      width: 4000,
      height: 3000,
      captions: [],
      outputs: [
        { key: key('img1', 7, 'w320.webp'), role: 'webp', contentType: 'image/webp', width: 320, height: 240 },
        { key: key('img1', 7, 'w1920.webp'), role: 'webp', contentType: 'image/webp', width: 1920, height: 1440 },
        { key: key('img1', 7, 'w1280.jpg'), role: 'jpeg', contentType: 'image/jpeg', width: 1280, height: 960 },
        { key: key('img1', 7, 'iiif/info.json'), role: 'iiif-info', contentType: 'application/json', width: 4000, height: 3000 },
      ],
    },
  ],
};

export const videoItem = {
  vi: {
    documentId: 'vid1',
    title: 'Lễ hội Xên bản',
    kind: 'video',
    rightsUri: 'http://rightsstatements.org/vocab/InC-EDU/1.0/',
    festivals: [{ documentId: 'f1', name: 'Xên bản', otherNames: [{ tag: 'blt', value: 'Xên bản' }] }],
  },
  en: null,
};

export const videoRenditions: Renditions = {
  run: 'r1',
  processedAt: '2026-12-01T00:00:00.000Z',
  inputs: 'x',
  files: [
    {
      fileId: 9,
      name: 'xen-ban.mp4',
      kind: 'video',
      sha256: 'b'.repeat(64),
      width: 1280,
      height: 720,
      durationSeconds: 62.5,
      captions: [
        { tag: 'vi', kind: 'captions', label: { vi: 'Tiếng Việt', en: 'Vietnamese' }, key: key('vid1', 9, 'captions/vi.vtt') },
        { tag: 'blt-Tavt', kind: 'transcript', label: { vi: 'Tiếng Thái Đen (chữ Thái Việt)', en: 'Tai Dam (Tai Viet script)' }, key: key('vid1', 9, 'captions/blt-Tavt.vtt') },
      ],
      outputs: [
        { key: key('vid1', 9, 'master.m3u8'), role: 'hls-master', contentType: 'application/vnd.apple.mpegurl' },
        { key: key('vid1', 9, 'video.mp4'), role: 'mp4', contentType: 'video/mp4', width: 1280, height: 720 },
        { key: key('vid1', 9, 'poster.jpg'), role: 'poster', contentType: 'image/jpeg', width: 1280, height: 720 },
        { key: key('vid1', 9, 'poster-small.jpg'), role: 'poster-small', contentType: 'image/jpeg', width: 640, height: 360 },
      ],
    },
  ],
};

export const audioItem = {
  vi: { documentId: 'aud1', title: 'Khắp Thái', kind: 'audio', rightsUri: 'https://creativecommons.org/publicdomain/zero/1.0/', languages: [{ documentId: 'l1', name: 'Tiếng Thái Đen' }] },
  en: { documentId: 'aud1', title: 'Tai song (khắp)', languages: [{ documentId: 'l1', name: 'Tai Dam' }] },
};

export const audioRenditions: Renditions = {
  run: 'r1',
  processedAt: '2026-12-01T00:00:00.000Z',
  inputs: 'x',
  files: [
    {
      fileId: 11,
      name: 'khap.wav',
      kind: 'audio',
      sha256: 'c'.repeat(64),
      durationSeconds: 185,
      captions: [{ tag: 'blt', kind: 'transcript', label: { vi: 'Tiếng Thái Đen', en: 'Tai Dam' }, key: key('aud1', 11, 'captions/blt.vtt') }],
      outputs: [
        { key: key('aud1', 11, 'audio.m4a'), role: 'audio-m4a', contentType: 'audio/mp4' },
        { key: key('aud1', 11, 'hls/master.m3u8'), role: 'hls-master', contentType: 'application/vnd.apple.mpegurl' },
      ],
    },
  ],
};

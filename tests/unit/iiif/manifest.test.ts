/** Media items as IIIF Manifests: every output valid by the JSON Schema and @iiif/parser, and saying what a viewer needs. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mediaItemManifest, type IiifDocument } from '../../../src/iiif/manifest';
import { iiifProblems } from '../../helpers/iiif';
import { audioItem, audioRenditions, context, imageItem, imageRenditions, ORIGIN, videoItem, videoRenditions } from './fixtures';

type Any = Record<string, any>;

const cases = [
  ['image', imageItem, imageRenditions],
  ['video', videoItem, videoRenditions],
  ['audio', audioItem, audioRenditions],
] as const;

describe('mediaItemManifest', () => {
  for (const [name, item, renditions] of cases) {
    it(`a ${name} item's manifest validates`, () => {
      const manifest = mediaItemManifest({ item, renditions, context: context(item.vi.documentId) });
      assert.deepEqual(iiifProblems(manifest as { type: string }), []);
    });
  }

  it('labels the item in Vietnamese and English with their diacritics, NFC', () => {
    const manifest = mediaItemManifest({ item: imageItem, renditions: imageRenditions, context: context('img1') }) as Any;
    assert.equal(manifest.id, `${ORIGIN}/iiif/media/img1/manifest`);
    assert.deepEqual(manifest.label, { vi: ['Hoa văn thổ cẩm Thái Đen'], en: ['Black Tai brocade pattern'] });
    assert.deepEqual(manifest.summary, { vi: ['Tấm thổ cẩm dệt tay ở Mường Thanh.'], en: ['A hand-woven brocade from Mường Thanh.'] });
    assert.ok(manifest.label.vi[0] === manifest.label.vi[0].normalize('NFC'));
  });

  it('keeps minority names with their BCP 47 tags in the metadata', () => {
    const manifest = mediaItemManifest({ item: imageItem, renditions: imageRenditions, context: context('img1') }) as Any;
    const groups = manifest.metadata.find((entry: Any) => entry.label.en[0] === 'Ethnic groups');
    assert.deepEqual(groups.value, { vi: ['Thái'], en: ['Tai'], 'blt-Tavt': ['ꪼꪕ'], blt: ['Tay Dam'] });
  });

  it('holds the licence URI in rights (http for Creative Commons, as IIIF wants) and rights plus attribution in requiredStatement', () => {
    const image = mediaItemManifest({ item: imageItem, renditions: imageRenditions, context: context('img1') }) as Any;
    assert.equal(image.rights, 'http://creativecommons.org/licenses/by-sa/4.0/');
    assert.match(image.requiredStatement.value.vi[0], /Giấy phép: CC BY-SA 4\.0\. Chủ sở hữu quyền: Trung tâm Văn hoá tỉnh Điện Biên\. Tác giả: Lò Văn Ánh\. Kho lưu trữ Di Sản Điện Biên/);
    assert.match(image.requiredStatement.value.en[0], /Licence: CC BY-SA 4\.0\. Rights holder: .*Creator: Lò Văn Ánh/);
    const video = mediaItemManifest({ item: videoItem, renditions: videoRenditions, context: context('vid1') }) as Any;
    assert.equal(video.rights, 'http://rightsstatements.org/vocab/InC-EDU/1.0/');
    const audio = mediaItemManifest({ item: audioItem, renditions: audioRenditions, context: context('aud1') }) as Any;
    assert.equal(audio.rights, 'http://creativecommons.org/publicdomain/zero/1.0/');
  });

  it('leaves rights out rather than send a URI IIIF does not allow', () => {
    const item = { vi: { ...imageItem.vi, rightsUri: 'https://example.org/my-licence' }, en: null };
    const manifest = mediaItemManifest({ item, renditions: imageRenditions, context: context('img1') }) as Any;
    assert.equal('rights' in manifest, false);
    assert.deepEqual(iiifProblems(manifest), []);
  });

  it('paints an image at full resolution with a level 0 image service for deep zoom', () => {
    const manifest = mediaItemManifest({ item: imageItem, renditions: imageRenditions, context: context('img1') }) as Any;
    const canvas = manifest.items[0];
    assert.deepEqual([canvas.width, canvas.height], [4000, 3000]);
    const body = canvas.items[0].items[0].body;
    assert.equal(body.id, `${ORIGIN}/media/d/img1/7/r1/w1280.jpg`);
    assert.deepEqual(body.service, [{ id: `${ORIGIN}/iiif/image/img1/7`, type: 'ImageService3', profile: 'level0' }]);
    assert.equal(canvas.thumbnail[0].id, `${ORIGIN}/media/d/img1/7/r1/w320.webp`);
  });

  it('offers no image service when the run made no tiles', () => {
    const renditions = { ...imageRenditions, files: [{ ...imageRenditions.files[0], outputs: imageRenditions.files[0].outputs.filter((o) => o.role !== 'iiif-info') }] };
    const manifest = mediaItemManifest({ item: imageItem, renditions, context: context('img1') }) as Any;
    assert.equal('service' in manifest.items[0].items[0].items[0].body, false);
  });

  it('gives a video canvas its duration, the MP4 and HLS as a choice, the poster as thumbnail and captions as supplementing annotations with their language', () => {
    const manifest = mediaItemManifest({ item: videoItem, renditions: videoRenditions, context: context('vid1') }) as Any;
    const canvas = manifest.items[0];
    assert.equal(canvas.duration, 62.5);
    assert.deepEqual([canvas.width, canvas.height], [1280, 720]);
    const body = canvas.items[0].items[0].body;
    assert.equal(body.type, 'Choice');
    assert.deepEqual(
      body.items.map((choice: Any) => [choice.type, choice.format, choice.duration]),
      [
        ['Video', 'video/mp4', 62.5],
        ['Video', 'application/vnd.apple.mpegurl', 62.5],
      ],
    );
    assert.equal(canvas.thumbnail[0].id, `${ORIGIN}/media/d/vid1/9/r1/poster-small.jpg`);
    assert.deepEqual(manifest.thumbnail, canvas.thumbnail);
    const captions = canvas.annotations[0].items as Any[];
    assert.deepEqual(
      captions.map((annotation) => [annotation.motivation, annotation.body.language, annotation.body.format, annotation.target]),
      [
        ['supplementing', 'vi', 'text/vtt', canvas.id],
        ['supplementing', 'blt-Tavt', 'text/vtt', canvas.id],
      ],
    );
    assert.deepEqual(captions[1].body.label, { vi: ['Tiếng Thái Đen (chữ Thái Việt)'], en: ['Tai Dam (Tai Viet script)'] });
    // No English translation yet: the label stays Vietnamese only rather than an empty English one.
    assert.deepEqual(manifest.label, { vi: ['Lễ hội Xên bản'] });
  });

  it('gives an audio canvas a duration and no size, and Sound bodies', () => {
    const manifest = mediaItemManifest({ item: audioItem, renditions: audioRenditions, context: context('aud1') }) as Any;
    const canvas = manifest.items[0];
    assert.equal(canvas.duration, 185);
    assert.equal('width' in canvas, false);
    assert.deepEqual(canvas.items[0].items[0].body.items.map((choice: Any) => choice.type), ['Sound', 'Sound']);
    assert.equal(canvas.annotations[0].items[0].body.language, 'blt');
  });

  it('signs nothing itself: every file URL comes from the caller', () => {
    const signed = { ...context('vid1'), urlOf: (storageKey: string) => `${ORIGIN}/media/d/${storageKey.slice(12)}?exp=1&sig=x` };
    const manifest = mediaItemManifest({ item: videoItem, renditions: videoRenditions, context: signed });
    const ids = JSON.stringify(manifest).match(/https:\/\/disan\.example\.vn\/media\/d\/[^"]*/g) ?? [];
    assert.ok(ids.length >= 5);
    for (const id of ids) assert.match(id, /\?exp=1&sig=x$/);
  });

  it('links the item page in both languages', () => {
    const manifest = mediaItemManifest({ item: imageItem, renditions: imageRenditions, context: context('img1') }) as IiifDocument;
    assert.deepEqual((manifest.homepage as Any[]).map((page) => [page.id, page.language[0]]), [
      [`${ORIGIN}/tu-lieu/img1`, 'vi'],
      [`${ORIGIN}/en/media/img1`, 'en'],
    ]);
  });
});

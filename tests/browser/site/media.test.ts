/**
 * Playing media on the public site in real Chromium: a processed video
 * (HLS, Vietnamese subtitles, seeking) and a recording whose transcript lines
 * seek the audio. The files are generated with ffmpeg and go through the real
 * upload, processing and publishing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { startSiteArchive, type SiteArchive } from '../../helpers/site-archive';
import { TRANSCRIPT_LINES } from '../../helpers/site-media';
import { hasType, jsonLdNodes, openPage, until } from '../../helpers/site-page';

let site: SiteArchive;

before(async () => {
  site = await startSiteArchive({ media: true });
});
after(() => site?.stop());

const VIDEO = 'div.player[data-video] video';

/**
 * Presses play as a visitor does: the player's own button when it has one,
 * else Chromium's native controls from the keyboard (focus, Space). Headless
 * Chromium does not hit-test mouse clicks on native media controls, while the
 * keyboard reaches them and counts as the same user gesture.
 */
async function pressPlay(page: Page, player: Locator): Promise<void> {
  const button = player.getByRole('button', { name: /phát|play/i }).first();
  if (await button.count()) return button.click();
  await page.locator(VIDEO).focus();
  await page.keyboard.press('Space');
}

const videoState = (page: Page) =>
  page.locator(VIDEO).evaluate((video: HTMLVideoElement) => ({
    mode: video.dataset.hlsMode,
    time: video.currentTime,
    paused: video.paused,
    tracks: Array.from(video.textTracks).map((track) => ({ language: track.language, kind: track.kind })),
  }));

/** Makes this Chromium deny native HLS, as browsers without it do, so the page must load hls.js. */
const WITHOUT_NATIVE_HLS = () => {
  const canPlayType = HTMLMediaElement.prototype.canPlayType;
  HTMLMediaElement.prototype.canPlayType = function (type: string) {
    return /mpegurl/i.test(type) ? '' : canPlayType.call(this, type);
  };
};

describe('video', () => {
  // Debian's Chromium plays HLS natively; without that, it has MSE: either way HLS, never the MP4 fallback.
  for (const mode of ['native', 'hls.js'] as const) {
    it(`plays over HLS (${mode}) after pressing play, with Vietnamese subtitles, and keeps playing after a seek`, async () => {
      const requests: string[] = [];
      const { page, close } = await openPage(site, `/tu-lieu/${site.media.video}`, {}, {
        beforeLoad: async (p) => {
          p.on('request', (request) => requests.push(request.url()));
          if (mode === 'hls.js') await p.addInitScript(WITHOUT_NATIVE_HLS);
        },
      });
      try {
        const video = page.locator(VIDEO);
        assert.equal(await video.getAttribute('preload'), 'none');
        assert.ok(await video.getAttribute('poster'), 'a poster is shown first');
        assert.equal(await page.locator(`${VIDEO} track[kind="subtitles"][srclang="vi"]`).count(), 1, 'a Vietnamese <track kind="subtitles">');
        await page.waitForLoadState('networkidle');
        const streamOrPlayer = (url: string) => /\.m3u8|\.ts(\?|$)|\/hls[^/]*\.js/.test(url);
        assert.deepEqual(requests.filter(streamOrPlayer), [], 'nothing of the stream or of hls.js before play');

        await pressPlay(page, page.locator('div.player[data-video]'));
        const playing = await until('the video to play', async () => {
          const state = await videoState(page);
          return state.mode && state.time > 0.5 ? state : null;
        }, 20_000);
        assert.equal(playing.mode, mode);
        if (mode === 'hls.js') assert.ok(requests.some((url) => /\/assets\/hls[^/]*\.js/.test(url)), 'hls.js was loaded on play');
        assert.ok(requests.some((url) => /\.m3u8(\?|$)/.test(url)), `no playlist request in ${requests.join(', ')}`);
        assert.ok(requests.some((url) => /\.(ts|m4s)(\?|$)/.test(url)), `no segment request in ${requests.join(', ')}`);
        assert.ok(playing.tracks.some((track) => track.language === 'vi'), `text tracks: ${JSON.stringify(playing.tracks)}`);

        const seekedAt = await video.evaluate(
          (el: HTMLVideoElement) =>
            new Promise<number>((resolve) => {
              el.addEventListener('seeked', () => resolve(el.currentTime), { once: true });
              el.currentTime = 7;
            }),
        );
        assert.ok(seekedAt >= 6.5 && seekedAt < 8, `seeked to ${seekedAt}`);
        await until('playback to continue after the seek', async () => {
          const state = await videoState(page);
          return !state.paused && state.time > seekedAt + 0.5;
        }, 15_000);
      } finally {
        await close();
      }
    });
  }

  it('the video page describes a VideoObject in JSON-LD', async () => {
    const { page, close } = await openPage(site, `/tu-lieu/${site.media.video}`);
    try {
      const video = (await jsonLdNodes(page)).find((node) => hasType(node, 'VideoObject'));
      assert.ok(video, 'no JSON-LD VideoObject');
      assert.match(String(video.name), /Phim tư liệu lễ Xên bản/);
      assert.match(String(([] as unknown[]).concat(video.thumbnailUrl)[0]), /^https?:\/\//);
    } finally {
      await close();
    }
  });
});

describe('audio with a transcript', () => {
  it('clicking the third line seeks the audio there and marks that line as current', async () => {
    const { page, close } = await openPage(site, `/tu-lieu/${site.media.audio}`);
    try {
      const lines = page.locator('ol.transcript[data-transcript-for] li');
      assert.equal(await lines.count(), TRANSCRIPT_LINES.length);
      const third = lines.nth(2);
      assert.match(await third.innerText(), new RegExp(TRANSCRIPT_LINES[2].text));
      const button = third.locator('button[data-start]');
      const start = Number(await button.getAttribute('data-start'));
      assert.equal(start, TRANSCRIPT_LINES[2].start);
      await button.click();
      await until('the audio to jump to the line', () =>
        page.locator('div.player[data-audio] audio').evaluate((audio: HTMLAudioElement, at) => audio.currentTime >= at - 0.05 && audio.currentTime < at + 1.5, start),
      );
      // The line is its button (what a keyboard user reaches); the list item may carry the mark instead.
      const marked = () => lines.evaluateAll((items) => items.map((item) => item.getAttribute('aria-current') === 'true' || item.querySelector('[data-start]')?.getAttribute('aria-current') === 'true'));
      await until('the line to be marked current', async () => (await marked())[2]);
      assert.deepEqual(await marked(), [false, false, true, false]);
    } finally {
      await close();
    }
  });
});

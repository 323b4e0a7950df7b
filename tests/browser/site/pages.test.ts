/**
 * Record pages in real Chromium on the seed data: a lunar festival's next
 * dates (checked against src/calendar) and its .ics, the language switch with
 * its Vietnamese fallback, and the share metadata a link preview reads.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { vietnamToday } from '../../../src/access/levels';
import { occurrencesForYear } from '../../../src/calendar';
import { festivals } from '../../../src/seed/data/festivals';
import { startSiteArchive, type SiteArchive } from '../../helpers/site-archive';
import { hasType, jsonLdNodes, metaContent, openPage } from '../../helpers/site-page';
import { STORY } from '../../helpers/site-records';

let site: SiteArchive;

before(async () => {
  site = await startSiteArchive({ people: true });
});
after(() => site?.stop());

/** Lễ hội Thành Bản Phủ: lunar 24–25 of the 2nd month, regular months only. */
const FESTIVAL = festivals.find((festival) => festival.slug === 'le-hoi-thanh-ban-phu')!;
const FESTIVAL_PATH = `/le-hoi/${FESTIVAL.slug}`;

describe('a lunar festival’s dates', () => {
  const nextYear = Number(vietnamToday().slice(0, 4)) + 1;
  const [expected] = occurrencesForYear({ rule: FESTIVAL.timing!, year: nextYear });

  it(`shows next year's date as computed by the calendar, with the lunar date beside it`, async () => {
    assert.equal(expected.lunar?.month, 2);
    const { page, close } = await openPage(site, FESTIVAL_PATH);
    try {
      const time = page.locator(`section#dates time[datetime="${expected.startDate}"]`);
      assert.equal(await time.count(), 1, `no <time datetime="${expected.startDate}"> in: ${await page.locator('section#dates').innerText()}`);
      // "Beside it": the list item (or row) that holds the solar date also names the lunar one.
      const line = await time.evaluate((el) => (el.closest('li, tr, p, div') ?? el.parentElement!).textContent ?? '');
      const { day, month } = expected.lunar!;
      assert.match(line, new RegExp(`(^|\\D)${day}(\\D|$)`), `lunar day ${day} not beside the date: ${line}`);
      assert.match(line, new RegExp(`(tháng|/|\\.|-)\\s*0?${month}(\\D|$)|month ${month}`, 'i'), `lunar month ${month} not beside the date: ${line}`);
      assert.match(line, /âm lịch|(^|\P{L})ÂL(\P{L}|$)|lunar/iu, `not marked as a lunar date: ${line}`);
    } finally {
      await close();
    }
  });

  it('its .ics link downloads a text/calendar file with that DTSTART', async () => {
    const { context, page, close } = await openPage(site, FESTIVAL_PATH);
    try {
      const link = page.locator(`a[href$="${FESTIVAL.slug}.ics"]`).first();
      const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
      const response = await context.request.get(href);
      assert.equal(response.status(), 200);
      assert.match(response.headers()['content-type'] ?? '', /^text\/calendar/);
      const dtstart = `DTSTART;VALUE=DATE:${expected.startDate.replace(/-/g, '')}`;
      assert.ok((await response.text()).includes(dtstart), `${dtstart} missing`);
      // And a click in the browser really downloads it.
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const saved = readFileSync((await download.path())!, 'utf8');
      assert.match(saved, /^BEGIN:VCALENDAR/);
      assert.ok(saved.includes(dtstart));
    } finally {
      await close();
    }
  });
});

describe('language switch', () => {
  it('the header link leads to the same festival in English, and back', async () => {
    const { page, close } = await openPage(site, FESTIVAL_PATH);
    try {
      assert.equal(await page.getAttribute('html', 'lang'), 'vi');
      await Promise.all([page.waitForURL((url) => url.pathname.startsWith('/en/')), page.locator('header a[hreflang="en"]').click()]);
      assert.equal(new URL(page.url()).pathname, `/en/festivals/${FESTIVAL.slug}`);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.match(await page.locator('h1').innerText(), /Bản Phủ Citadel – Hoàng Công Chất Temple Festival/);
      await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/en/')), page.locator('header a[hreflang="vi"]').click()]);
      assert.equal(new URL(page.url()).pathname, FESTIVAL_PATH);
      assert.equal(await page.getAttribute('html', 'lang'), 'vi');
    } finally {
      await close();
    }
  });

  it('an untranslated story shows in Vietnamese on its English page', async () => {
    const { page, close } = await openPage(site, `/cau-chuyen/${STORY.slug}`);
    try {
      await Promise.all([page.waitForURL((url) => url.pathname.startsWith('/en/')), page.locator('header a[hreflang="en"]').click()]);
      assert.equal(new URL(page.url()).pathname, `/en/stories/${STORY.slug}`);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.match(await page.locator('h1').innerText(), new RegExp(STORY.title));
    } finally {
      await close();
    }
  });
});

describe('share metadata', () => {
  it('a festival page has Open Graph, Twitter, canonical, hreflang alternates and an Event in JSON-LD', async () => {
    const { context, page, close } = await openPage(site, FESTIVAL_PATH);
    try {
      const absolute = (value: string | null, what: string) => {
        assert.ok(value && /^https?:\/\//.test(value), `${what} is not an absolute URL: ${value}`);
        return new URL(value);
      };
      assert.match((await metaContent(page, 'og:title')) ?? '', /Thành Bản Phủ/);
      assert.ok(((await metaContent(page, 'og:description')) ?? '').trim().length > 20, 'og:description');
      assert.match((await metaContent(page, 'twitter:card')) ?? '', /^summary(_large_image)?$/);

      const image = absolute(await metaContent(page, 'og:image'), 'og:image');
      const imageResponse = await context.request.get(image.toString());
      assert.equal(imageResponse.status(), 200, `og:image ${image}`);
      assert.match(imageResponse.headers()['content-type'] ?? '', /^image\//);

      const canonical = absolute(await page.locator('link[rel=canonical]').getAttribute('href'), 'canonical');
      assert.equal(canonical.pathname, FESTIVAL_PATH);
      assert.equal(absolute(await metaContent(page, 'og:url'), 'og:url').toString(), canonical.toString());
      const alternate = async (lang: string) => absolute(await page.locator(`link[rel=alternate][hreflang="${lang}"]`).getAttribute('href'), `hreflang ${lang}`).pathname;
      assert.equal(await alternate('vi'), FESTIVAL_PATH);
      assert.equal(await alternate('en'), `/en/festivals/${FESTIVAL.slug}`);
      assert.equal(await alternate('x-default'), FESTIVAL_PATH);

      const event = (await jsonLdNodes(page)).find((node) => hasType(node, 'Event'));
      assert.ok(event, 'no JSON-LD Event');
      assert.match(String(event.name), /Thành Bản Phủ/);
      assert.match(String(event.startDate), /^\d{4}-\d{2}-\d{2}/);
    } finally {
      await close();
    }
  });
});

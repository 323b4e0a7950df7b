/**
 * Every page type of the public site, in real Chromium: no serious or
 * critical axe violation, no horizontal scroll on a 360 px phone, and
 * Vietnamese drawn from one font.
 *
 * Fonts: Vietnamese needs stacked diacritics (ễ, ặ, ỗ, Ữ…). A font that lacks
 * one silently borrows it from another font, which shows as mismatched
 * glyphs. Chromium reports which platform fonts drew each node: every letter
 * of the Vietnamese alphabet, in the site's font stack, must come from one.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeCheck, formatAxe } from '../../helpers/browser';
import { startSiteArchive, type SiteArchive } from '../../helpers/site-archive';
import { openPage } from '../../helpers/site-page';
import { PERSON, STORY } from '../../helpers/site-records';

let site: SiteArchive;

before(async () => {
  site = await startSiteArchive({ media: true, people: true });
});
after(() => site?.stop());

/** One page of each type, with the status it must answer; {video} and {audio} are media ids, known after setup. */
const PAGES: Array<{ name: string; path: string; status?: number }> = [
  { name: 'home', path: '/' },
  { name: 'home (en)', path: '/en/' },
  { name: 'search with results', path: '/tim-kiem?q=xen+ban' },
  { name: 'search with results (en)', path: '/en/search?q=xen+ban' },
  { name: 'festival', path: '/le-hoi/le-hoi-thanh-ban-phu' },
  { name: 'festival (en)', path: '/en/festivals/le-hoi-thanh-ban-phu' },
  { name: 'custom', path: '/phong-tuc/xoe-thai' },
  { name: 'ethnic group', path: '/dan-toc/thai' },
  { name: 'language', path: '/ngon-ngu/blt' },
  { name: 'place', path: '/dia-danh/ward-03127' },
  { name: 'person', path: `/nhan-vat/${PERSON.slug}` },
  { name: 'story', path: `/cau-chuyen/${STORY.slug}` },
  { name: 'video', path: '/tu-lieu/{video}' },
  { name: 'audio', path: '/tu-lieu/{audio}' },
  { name: 'calendar', path: '/lich-le-hoi?year=2027&month=3' },
  { name: 'calendar (en)', path: '/en/calendar?year=2027&month=3' },
  { name: 'not found', path: '/le-hoi/khong-co-le-hoi-nay', status: 404 },
];

const resolve = (path: string) => path.replace('{video}', site.media.video!).replace('{audio}', site.media.audio!);

describe('accessibility (axe: no serious or critical violations)', () => {
  for (const { name, path: template, status = 200 } of PAGES) {
    it(name, async () => {
      const path = resolve(template);
      const { page, response, close } = await openPage(site, path);
      try {
        assert.equal(response?.status(), status, path);
        await page.waitForLoadState('networkidle');
        const problems = await axeCheck(page);
        assert.deepEqual(problems, [], `\n${formatAxe(path, problems)}`);
      } finally {
        await close();
      }
    });
  }
});

describe('a 360 px wide phone: no horizontal scroll', () => {
  for (const { name, path: template, status = 200 } of PAGES) {
    it(name, async () => {
      const path = resolve(template);
      const { page, response, close } = await openPage(site, path, { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      try {
        assert.equal(response?.status(), status, path);
        await page.waitForLoadState('networkidle');
        const { scrollWidth, widest } = await page.evaluate(() => {
          // The widest element names the culprit when the page overflows.
          let widest = '';
          let right = 0;
          for (const el of Array.from(document.body.querySelectorAll('*'))) {
            const box = el.getBoundingClientRect();
            if (box.right > right) {
              right = box.right;
              widest = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (right edge ${Math.round(box.right)} px)`;
            }
          }
          return { scrollWidth: document.documentElement.scrollWidth, widest };
        });
        assert.ok(scrollWidth <= 360, `${path}: scrollWidth ${scrollWidth} px; widest: ${widest}`);
      } finally {
        await close();
      }
    });
  }
});

const VIETNAMESE = 'aàảãáạăằẳẵắặâầẩẫấậđeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵ';
const ALL = `${VIETNAMESE} ${VIETNAMESE.toUpperCase()}`;

async function fontsOf(path: string, selectors: string[]): Promise<Record<string, Array<{ familyName: string; glyphCount: number }>>> {
  const { page, context, close } = await openPage(site, path);
  try {
    await page.evaluate((text) => {
      const probe = document.createElement('p');
      probe.id = 'font-probe';
      probe.textContent = text;
      document.querySelector('main')!.append(probe);
      const heading = document.createElement('h2');
      heading.id = 'font-probe-bold';
      heading.textContent = text;
      document.querySelector('main')!.append(heading);
    }, ALL);
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const result: Record<string, Array<{ familyName: string; glyphCount: number }>> = {};
    for (const selector of selectors) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      assert.ok(nodeId, `${selector} on ${path}`);
      result[selector] = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts;
    }
    return result;
  } finally {
    await close();
  }
}

describe('fonts: every Vietnamese letter from one font', () => {
  it('body text and headings, with the seed’s own titles', async () => {
    const fonts = await fontsOf('/le-hoi/le-hoi-thanh-ban-phu', ['#font-probe', '#font-probe-bold', 'h1', '.prose p']);
    for (const [selector, used] of Object.entries(fonts)) {
      assert.equal(used.length, 1, `${selector} was drawn with ${used.map((f) => `${f.familyName} (${f.glyphCount} glyphs)`).join(', ')}`);
    }
  });
});

/**
 * Records the public-site tests need beyond the seed: ones the public must
 * never see (restricted, researcher-only, draft), one person and one story
 * (the seed has none), and records carrying XSS payloads.
 */
import type { TestApp } from './app';
import { createRecord } from './records';
import { uidOf, type ArchiveType } from '../../src/content-model';

export const XSS_SCRIPT = '<script>window.__xss=1</script>';
export const XSS_ATTRIBUTE = '"><img src=x onerror="window.__xss=1">';
export const XSS_URL = 'javascript:window.__xss=1';

/** Names with one rare word each, so a search for that word finds exactly the record or nothing. */
export const HIDDEN = {
  restricted: { slug: 'le-hoi-kin-restricted', name: 'Lễ hội Khuổi Bí Mật', word: 'khuoi bi mat' },
  researcher: { slug: 'le-hoi-nghien-cuu-researcher', name: 'Lễ hội Pá Nghiên Cứu', word: 'pa nghien cuu' },
  draft: { slug: 'le-hoi-ban-nhap-draft', name: 'Lễ hội Nà Bản Nháp', word: 'na ban nhap' },
};

export const XSS_FESTIVAL = {
  slug: 'le-hoi-ban-lac-xss',
  name: `Lễ hội Bản Lác ${XSS_SCRIPT}`,
  description: `Mô tả có mã độc ${XSS_ATTRIBUTE} ở giữa.`,
  word: 'ban lac',
};

export const STORY = { slug: 'chuyen-ke-noong-het', title: 'Chuyện kể về bản Noong Hẹt' };
export const PERSON = { slug: 'ba-lo-thi-xuan', name: 'Bà Lò Thị Xuân' };

const lunarRule = { calendar: 'lunar', month: 3, day: 5 };
const source = (url: string, title = 'Ghi chép điền dã') => ({ url, title, publisher: 'Sở Văn hóa Điện Biên' });

const documentIdOf = async (app: TestApp, type: ArchiveType, filters: Record<string, unknown>) =>
  ((await app.strapi.documents(uidOf(type)).findFirst({ filters, locale: 'vi' })) as { documentId: string }).documentId;

export async function createHiddenRecords(app: TestApp): Promise<void> {
  await createRecord(app, 'festival', { name: HIDDEN.restricted.name, slug: HIDDEN.restricted.slug, accessLevel: 'restricted', timing: lunarRule });
  await createRecord(app, 'festival', { name: HIDDEN.researcher.name, slug: HIDDEN.researcher.slug, accessLevel: 'researcher', timing: lunarRule });
  await createRecord(app, 'festival', { name: HIDDEN.draft.name, slug: HIDDEN.draft.slug, accessLevel: 'public', timing: lunarRule }, { publish: false });
}

/** A public person and a story with no English version (the English page falls back to Vietnamese). */
export async function createPersonAndStory(app: TestApp): Promise<void> {
  const thai = await documentIdOf(app, 'ethnic-group', { gsoCode: '03' });
  const festival = await documentIdOf(app, 'festival', { slug: 'le-hoi-thanh-ban-phu' });
  const person = await createRecord(app, 'person', {
    name: PERSON.name,
    slug: PERSON.slug,
    roles: 'Nghệ nhân hát khắp',
    biography: 'Nghệ nhân người Thái ở bản Noong Hẹt, giữ nhiều bài khắp cổ.',
    ethnicGroups: [thai],
    accessLevel: 'public',
    consent: { givenBy: PERSON.name, scope: 'public', givenOn: '2025-03-01' },
    sources: [source('https://example.org/ghi-chep/lo-thi-xuan')],
  }, { en: { name: 'Mrs Lò Thị Xuân', roles: 'Khắp singer' } });
  await createRecord(app, 'story', {
    title: STORY.title,
    slug: STORY.slug,
    summary: 'Người già trong bản kể lại lễ hội Thành Bản Phủ ngày trước.',
    body: 'Ngày xưa, cả bản cùng đi dự lễ hội ở **Thành Bản Phủ**.',
    ethnicGroups: [thai],
    festivals: [festival],
    people: [person],
    accessLevel: 'public',
    sources: [source('https://example.org/ghi-chep/noong-het')],
  });
}

/**
 * A festival whose name and description carry payloads, and whose source URL
 * is a javascript: URL. The write checks refuse such a URL, so it is put in
 * the database directly, as an import from before the checks would have left it.
 */
export async function createXssRecords(app: TestApp): Promise<void> {
  const placeholder = 'https://example.org/xss-source-placeholder';
  await createRecord(app, 'festival', {
    name: XSS_FESTIVAL.name,
    slug: XSS_FESTIVAL.slug,
    description: XSS_FESTIVAL.description,
    accessLevel: 'public',
    timing: lunarRule,
    sources: [source(placeholder, `Nguồn ${XSS_SCRIPT}`)],
  });
  const changed = await app.strapi.db.query('shared.source').updateMany({ where: { url: placeholder }, data: { url: XSS_URL } });
  if (!(changed as { count: number }).count) throw new Error('the XSS source row was not found');
}

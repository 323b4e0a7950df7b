/** The researcher pages from a browser's side: forms posted from the site's own origin, the session cookie carried by hand. */
import type { TestApp } from './app';
import { REQUESTS_TABLE, table } from '../../src/researchers/strapi/tables';

// supertest listens on a new port per request: a fixed Host keeps the site's origin the same for every request.
export const HOST = 'disan.test';
export const ORIGIN = `http://${HOST}`;

export const VALID_REQUEST = {
  name: 'Nguyễn Thị Hoà',
  institution: 'Viện Nghiên cứu Văn hoá',
  email: 'hoa.nguyen@vienvanhoa.example.vn',
  purpose: 'Nghiên cứu nghi lễ cúng bản của người Thái ở Điện Biên, so sánh các bản ghi âm.',
  terms: 'on',
};

export function sitePages(app: TestApp) {
  let cookie = '';
  const withCookie = <T extends { set(name: string, value: string): T }>(request: T) => (cookie ? request.set('Cookie', cookie) : request);
  return {
    get: (path: string) => withCookie(app.http().get(path).set('Host', HOST)),
    post: (path: string, body: Record<string, string>, origin: string | null = ORIGIN) => {
      const request = app.http().post(path).set('Host', HOST).type('form');
      return withCookie(origin ? request.set('Origin', origin) : request).send(body);
    },
    /** Keeps the cookies a response set (name=value only), as a browser would send them back. */
    keepCookies(response: { headers: Record<string, unknown> }) {
      const set = (response.headers['set-cookie'] as string[] | undefined) ?? [];
      const jar = new Map(cookie ? cookie.split('; ').map((pair) => pair.split('=', 2) as [string, string]) : []);
      for (const line of set) {
        const [pair] = line.split(';');
        const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
        if (value === '') jar.delete(name);
        else jar.set(name, value);
      }
      cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    },
  };
}

export async function requestRows(app: TestApp, email?: string) {
  const query = table(app.strapi, REQUESTS_TABLE).select('*').orderBy('id');
  return (await (email ? query.where({ email }) : query)) as Array<Record<string, any>>;
}

/** The site's text with tags and entities resolved enough to search for words. */
export const textOf = (page: string) =>
  page.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

/**
 * `npm run bench:oai`: what a whole OAI-PMH harvest costs.
 *   1. ListRecords of every record, following resumption tokens (records/s,
 *      seconds, bytes), against a baseline of the same records read in pages
 *      of the same size over REST (/api/festivals, same guard, same links
 *      populated): the ratio is printed; target ≤ 2× (OAI also reads the
 *      English versions and writes XML)
 *   2. ListIdentifiers of every record, for comparison
 * Boots the real app the way the tests do (fresh SQLite, workers in this
 * process, no search) and writes N published festivals (default 3,000;
 * --quick 500), each linked to a group and a place, in vi and en.
 * Options: --quick, --records=N.
 */
import { compileServer } from '../lib/build';
import { progressBar } from '../lib/progress';
import { startTestApp, type TestApp } from '../../tests/helpers/app';
import { createRecord } from '../../tests/helpers/records';
import { heading, machineLines, printMetrics, runBench, seconds, type Metric } from './lib/report';

const argv = process.argv.slice(2);
const option = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const RECORDS = Number(option('records') ?? (argv.includes('--quick') ? 500 : 3000));
const PAGE = 100;

async function seed(app: TestApp): Promise<void> {
  const place = await createRecord(app, 'place', { name: 'Xã Mường Phăng', kind: 'commune', code: '03199', accessLevel: 'public' });
  const group = await createRecord(app, 'ethnic-group', { name: 'Thái', gsoCode: '03', languageGroup: 'tay-thai', accessLevel: 'public' });
  const bar = progressBar('Writing festivals');
  for (let i = 1; i <= RECORDS; i++) {
    await createRecord(
      app,
      'festival',
      {
        name: `Lễ hội Xên bản ${i}`,
        description: 'Lễ cúng bản mường của người Thái ở Mường Phăng, tổ chức vào tháng ba âm lịch, cầu mưa thuận gió hoà, mùa màng tươi tốt.',
        ethnicGroups: [group],
        places: [place],
        sources: [{ title: 'Lễ hội truyền thống các dân tộc tỉnh Điện Biên', url: 'https://example.org/le-hoi' }],
        accessLevel: 'public',
      },
      { en: { name: `Xen Ban ceremony ${i}`, description: 'A village rite of the Thái in Mường Phăng.' } },
    );
    if (i % 50 === 0 || i === RECORDS) bar.update(i, RECORDS, 'festivals');
  }
  bar.finish(`Wrote ${RECORDS} festivals.`);
}

async function timed(label: string, pages: (next: string | null) => Promise<{ next: string | null; bytes: number; items: number }>) {
  const bar = progressBar(label);
  const start = performance.now();
  let next: string | null = null;
  let bytes = 0;
  let items = 0;
  do {
    const page = await pages(next);
    ({ next } = page);
    bytes += page.bytes;
    items += page.items;
    bar.update(items, RECORDS + 2, 'records');
  } while (next);
  const wall = (performance.now() - start) / 1000;
  bar.finish(`${label}: ${items} in ${wall.toFixed(2)} s.`);
  return { wall, bytes, items };
}

async function main(): Promise<number> {
  Object.assign(process.env, { LOG_LEVEL: process.env.LOG_LEVEL ?? 'error', OAI_RECORDS_PER_PAGE: String(PAGE), OAI_HEADERS_PER_PAGE: '250' });
  delete process.env.MEILI_HOST;
  compileServer();
  const app = await startTestApp();
  try {
    await seed(app);
    await app.drain();
    const server = app.strapi.server.httpServer;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const get = async (path: string) => {
      const response = await fetch(`${base}${path}`);
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
      return response.text();
    };
    const oai = (verb: string) => async (token: string | null) => {
      const text = await get(`/oai?${token ? `verb=${verb}&resumptionToken=${encodeURIComponent(token)}` : `verb=${verb}&metadataPrefix=oai_dc`}`);
      const next = /<resumptionToken[^>]*>([^<]+)<\/resumptionToken>/.exec(text)?.[1] ?? null;
      return { next, bytes: Buffer.byteLength(text), items: (text.match(/<header[ >]/g) ?? []).length };
    };
    let restPage = 0;
    const rest = async (next: string | null) => {
      restPage = next ? Number(next) : 1;
      const text = await get(`/api/festivals?pagination[page]=${restPage}&pagination[pageSize]=${PAGE}&populate[ethnicGroups][fields][0]=name&populate[places][fields][0]=name&populate[sources]=true`);
      const body = JSON.parse(text) as { data: unknown[]; meta: { pagination: { pageCount: number } } };
      return { next: restPage < body.meta.pagination.pageCount ? String(restPage + 1) : null, bytes: Buffer.byteLength(text), items: body.data.length };
    };

    const baseline = await timed('REST pages (baseline)', rest);
    const records = await timed('OAI ListRecords', oai('ListRecords'));
    const identifiers = await timed('OAI ListIdentifiers', oai('ListIdentifiers'));

    console.log(heading('bench:oai'));
    console.log(machineLines([['records', `${RECORDS} festivals (+1 group, +1 place), vi + en, pages of ${PAGE}`]]));
    const metrics: Metric[] = [
      {
        name: 'whole harvest, ListRecords',
        value: `${seconds(records.wall)} (${Math.round(records.items / records.wall)} rec/s, ${(records.bytes / 2 ** 20).toFixed(1)} MiB)`,
        baseline: `${seconds(baseline.wall)} (${Math.round(baseline.items / baseline.wall)} rec/s, ${(baseline.bytes / 2 ** 20).toFixed(1)} MiB REST)`,
        ratio: records.wall / baseline.wall,
        targetMax: 2,
        summary: 'A harvester gets the whole archive in about this long; REST pays the same guard without the ledger, the English versions and the XML.',
      },
      {
        name: 'whole harvest, ListIdentifiers',
        value: `${seconds(identifiers.wall)} (${Math.round(identifiers.items / identifiers.wall)} headers/s)`,
        baseline: seconds(baseline.wall),
        ratio: identifiers.wall / baseline.wall,
        targetMax: null,
        summary: 'Headers only: the guarded read still runs, so a record hidden a second ago is reported deleted.',
      },
    ];
    printMetrics(metrics);
    return 0;
  } finally {
    await app.stop();
  }
}

runBench(main);

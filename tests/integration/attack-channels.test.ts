/**
 * The generated attack on every channel besides REST (issue 9, "Prove it"):
 * catalogue search, the instant-search proxy, the calendar, the public site's
 * pages, sitemap and .ics feeds, and guessed or forged /media URLs, on the
 * same archive of hidden records, once the search index has caught up (and
 * after the consent of one record of each kind expired in the meantime).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { derivativePath } from '../../src/media-access/keys';
import { mediaUrlSecret, signPath } from '../../src/media-access/signing';
import { type AttackArchive, startAttackArchive } from '../helpers/attack/archive';
import {
  calendarArbitrary,
  calendarUrl,
  catalogueSearchArbitrary,
  catalogueSearchUrl,
  instantBodyArbitrary,
  mediaUrlArbitrary,
  sitePageArbitrary,
} from '../helpers/attack/channel-queries';
import { type Audience, namesHidden, renderQuery } from '../helpers/attack/markers';
import { type Answer, leakedSecrets, Prober, type RequestSpec, stringsOf, summary } from '../helpers/attack/probe-http';
import { attackSettings, assertProperty } from '../helpers/attack/settings';

const settings = attackSettings('attack-channels');
const RUNS = { search: 300, instant: 250, calendar: 60, site: 250, media: 150 };

let archive: AttackArchive;
let prober: Prober;
let generated = 0;
let secrets: string[];

before(async () => {
  archive = await startAttackArchive({ seed: settings.seed });
  prober = new Prober(archive.app);
  secrets = archive.secretsFor('public');
});

after(async () => {
  if (prober) process.stdout.write(`${summary('attack-channels', settings, prober.stats, generated)}\n`);
  await archive?.stop();
});

const describeSpec = (spec: RequestSpec) => `${spec.method ?? 'GET'} ${decodeURI(spec.path)}${spec.body === undefined ? '' : `\n  body ${JSON.stringify(spec.body)}`}`;

/** Send, then check the leak and the status; returns the answer for further checks. */
async function probe(spec: RequestSpec, { allowed, requestValues }: { allowed: (status: number) => boolean; requestValues: string[] }): Promise<Answer> {
  generated += 1;
  const answer = await prober.send(spec);
  const leaked = leakedSecrets({ body: answer.text, secrets, requestValues });
  if (leaked.length) {
    const at = answer.text.toLowerCase().indexOf(leaked[0]);
    throw new Error(`LEAK of ${leaked.join(', ')} in ${answer.status} answer to\n  ${describeSpec(spec)}\n  …${answer.text.slice(Math.max(0, at - 150), at + 100)}…`);
  }
  if (!allowed(answer.status)) throw new Error(`STATUS ${answer.status} for\n  ${describeSpec(spec)}\n  ${answer.text.slice(0, 300)}`);
  return answer;
}

/** What a search answer tells: which documents, how many, and the facet counts. */
function searchOutcome(answer: Answer): string {
  if (answer.status !== 200) return String(answer.status);
  const body = JSON.parse(answer.text) as Record<string, unknown>;
  const results = (body.results as Array<Record<string, unknown>> | undefined) ?? [body.data as Record<string, unknown>];
  return JSON.stringify(
    results.map((result) => ({
      ids: ((result.hits as Array<{ id?: string }> | undefined) ?? []).map((hit) => hit.id).sort(),
      total: result.total ?? result.estimatedTotalHits ?? result.totalHits,
      facets: result.facets ?? result.facetDistribution,
      transcripts: ((result.transcripts as { hits?: Array<{ id?: string }>; total?: number } | undefined)?.hits ?? []).map((hit) => hit.id).sort(),
    })),
  );
}

async function noOracle(real: RequestSpec, neutral: RequestSpec): Promise<void> {
  const [a, b] = await Promise.all([prober.send(real), prober.send(neutral)]);
  const outcomeA = searchOutcome(a);
  const outcomeB = searchOutcome(b);
  if (outcomeA !== outcomeB) throw new Error(`ORACLE: naming hidden text changes the answer\n  ${describeSpec(real)}\n    → ${outcomeA.slice(0, 400)}\n  ${describeSpec(neutral)}\n    → ${outcomeB.slice(0, 400)}`);
}

const AUDIENCE: Audience = 'public';

describe('catalogue search, anonymous', () => {
  it('shows no hidden marker and answers 200 or 400', async () => {
    await assertProperty(settings, 'catalogue search: no leak, no 5xx', catalogueSearchArbitrary(archive), async (params) => {
      await probe({ path: catalogueSearchUrl(params, 'real') }, { allowed: (s) => s === 200 || s === 400, requestValues: stringsOf(renderQuery(params, 'real')) });
    }, RUNS.search);
  });
  it('answers the same when the hidden text it names is replaced (no oracle)', async () => {
    await assertProperty(settings, 'catalogue search: no oracle', catalogueSearchArbitrary(archive), async (params) => {
      if (!namesHidden(params, AUDIENCE)) return;
      await noOracle({ path: catalogueSearchUrl(params, 'real') }, { path: catalogueSearchUrl(params, AUDIENCE) });
    }, RUNS.search);
  });
});

describe('instant-search proxy, anonymous token', () => {
  let token = '';
  let indexes = { catalogue: '', transcripts: '' };
  before(async () => {
    const response = await archive.app.http().get('/api/catalogue/search-token');
    assert.equal(response.status, 200, JSON.stringify(response.body));
    token = response.body.data.token;
    indexes = response.body.data.indexes;
  });
  const spec = (body: unknown, withToken = true): RequestSpec => ({ method: 'POST', path: '/api/catalogue/instant', body, headers: withToken ? { Authorization: `Bearer ${token}` } : {} });

  it('shows no hidden marker and answers 200, 400 or 401', async () => {
    await assertProperty(settings, 'instant search: no leak, no 5xx', instantBodyArbitrary(archive, indexes), async (body) => {
      await probe(spec(renderQuery(body, 'real')), { allowed: (s) => [200, 400, 401].includes(s), requestValues: stringsOf(renderQuery(body, 'real')) });
    }, RUNS.instant);
  });
  it('answers the same when the hidden text it names is replaced (no oracle)', async () => {
    await assertProperty(settings, 'instant search: no oracle', instantBodyArbitrary(archive, indexes), async (body) => {
      if (!namesHidden(body, AUDIENCE)) return;
      await noOracle(spec(renderQuery(body, 'real')), spec(renderQuery(body, AUDIENCE)));
    }, RUNS.instant);
  });
  it('refuses a missing or forged token', async () => {
    for (const headers of [{}, { Authorization: 'Bearer x.y.z' }, { Authorization: `Bearer ${token.slice(0, -2)}AA` }] as Array<Record<string, string>>) {
      const answer = await probe({ method: 'POST', path: '/api/catalogue/instant', body: { queries: [{ indexUid: indexes.catalogue, q: '' }] }, headers }, { allowed: (s) => s === 401 || s === 400, requestValues: [] });
      assert.ok(answer.status === 401 || answer.status === 400);
    }
  });
});

describe('calendar, anonymous', () => {
  it('shows no hidden festival and answers 200 or 400', async () => {
    await assertProperty(settings, 'calendar: no leak, no 5xx', calendarArbitrary(archive), async (params) => {
      await probe({ path: calendarUrl(params, 'real') }, { allowed: (s) => s === 200 || s === 400, requestValues: stringsOf(renderQuery(params, 'real')) });
    }, RUNS.calendar);
  });
});

describe('public site, anonymous', () => {
  it('pages, search pages, sitemap and .ics feeds show no hidden marker; hidden records answer 404', async () => {
    await assertProperty(settings, 'site: no leak, no 5xx, 404 for hidden', sitePageArbitrary(archive, AUDIENCE), async (page) => {
      const answer = await probe({ path: page.path }, { allowed: (s) => s < 500, requestValues: [decodeURIComponent(page.path), ...decodeURIComponent(page.path).split(/[/?&=]/)] });
      if (page.mustBeMissing && answer.status !== 404) throw new Error(`HIDDEN PAGE answered ${answer.status}: GET ${page.path}`);
    }, RUNS.site);
  });
});

describe('media files, anonymous', () => {
  it('guessed, stale and forged /media URLs of hidden items serve nothing', async () => {
    await assertProperty(settings, 'media: no file of a hidden item', mediaUrlArbitrary(archive), async (request) => {
      const answer = await probe(
        { path: request.path, method: request.method, headers: request.range ? { Range: request.range } : {} },
        { allowed: (s) => s >= 300 && s < 500, requestValues: [] },
      );
      if (answer.status === 200 || answer.status === 206) throw new Error(`SERVED ${answer.status}, ${answer.bytes} bytes`);
    }, RUNS.media);
  });

  it('a URL signed before the item was withdrawn stops working', async () => {
    const withdrawn = archive.hiddenFiles.find((item) => item.kind === 'unpublished');
    assert.ok(withdrawn?.derivativeKeys.length, 'the unpublished item has derivatives');
    // What GET /api/media-items gave a caller while the item was public: a 15-minute signed URL.
    const path = derivativePath(withdrawn.derivativeKeys[0]);
    const signed = signPath({ secret: mediaUrlSecret(), path, ttlSeconds: 15 * 60 });
    const response = await archive.app.http().get(signed);
    assert.ok([403, 404].includes(response.status), `GET ${signed} answered ${response.status} after the item was unpublished`);
  });
});

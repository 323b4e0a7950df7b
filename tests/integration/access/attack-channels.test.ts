/**
 * The generated attack on every channel besides REST (issue 9, "Prove it"):
 * catalogue search, the instant-search proxy, the calendar, the public site's
 * pages, sitemap and .ics feeds, guessed or forged /media and /iiif URLs, on the
 * same archive of hidden records, once the search index has caught up (and
 * after the consent of one record of each kind expired in the meantime); the
 * curation admin API without an admin sign-in; OAI-PMH; and bulk export.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { derivativePath } from '../../../src/media-access/keys';
import { mediaUrlSecret, signPath } from '../../../src/media-access/signing';
import { type AttackArchive, startAttackArchive } from '../../helpers/attack/archive';
import { type AdminAttack, adminApiArbitrary } from '../../helpers/attack/admin-queries';
import { apiToken, userJwt } from '../../helpers/people';
import { assertValidOai, harvest, parseOai } from '../../helpers/oai';
import { isHiddenRecord, oaiAttackArbitrary, type OaiAttack, oaiId, oaiPath, ONCE_PUBLIC } from '../../helpers/attack/oai-queries';
import { exportAttackArbitrary, type ExportAttack, exportPath, expectedInExport } from '../../helpers/attack/export-queries';
import fc from 'fast-check';
import {
  calendarArbitrary,
  calendarUrl,
  catalogueSearchArbitrary,
  catalogueSearchUrl,
  iiifUrlArbitrary,
  instantBodyArbitrary,
  type MediaRequest,
  mediaUrlArbitrary,
  type SitePage,
  sitePageArbitrary,
} from '../../helpers/attack/channel-queries';
import { type Audience, namesHidden, renderQuery } from '../../helpers/attack/markers';
import { type Answer, leakedSecrets, Prober, type RequestSpec, stringsOf, summary } from '../../helpers/attack/probe-http';
import { attackSettings, type Checks, judge, type Survey, survey } from '../../helpers/attack/settings';

const settings = attackSettings('attack-channels');
/** Generated requests per channel; each goes through every check of its channel. */
const RUNS = { search: 400, instant: 300, calendar: 60, site: 400, media: 150, iiif: 150, admin: 300, oai: 300, export: 120 };
const AUDIENCE: Audience = 'public';

let archive: AttackArchive;
let prober: Prober;
let secrets: string[];
const surveys: Array<Promise<{ count: number }>> = [];

before(async () => {
  archive = await startAttackArchive({ seed: settings.seed });
  prober = new Prober(archive.app);
  secrets = archive.secretsFor(AUDIENCE);
});

after(async () => {
  const generated = (await Promise.all(surveys.map((p) => p.catch(() => undefined)))).reduce((sum, s) => sum + (s?.count ?? 0), 0);
  if (prober) process.stdout.write(`${summary('attack-channels', settings, prober.stats, generated)}\n`);
  await archive?.stop();
});

/** Run a channel's survey once, however many of its tests ask for it. */
function surveyOnce<T>(make: () => { arbitrary: fc.Arbitrary<T>; runs: number; checks: Checks<T> }): () => Promise<Survey<T>> {
  let running: Promise<Survey<T>> | undefined;
  return () => {
    if (!running) {
      const { arbitrary, runs, checks } = make();
      running = survey(settings, arbitrary, runs, checks);
      surveys.push(running);
    }
    return running;
  };
}

const describeSpec = (spec: RequestSpec) => `${spec.method ?? 'GET'} ${safeDecode(spec.path)}${spec.body === undefined ? '' : `\n  body ${JSON.stringify(spec.body)}`}`;
function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** The leak and status checks of a channel, on the (cached) answer to each generated request. */
function channelChecks<T>({ spec, requestValues, allowed }: { spec: (value: T) => RequestSpec; requestValues: (value: T) => string[]; allowed: (status: number) => boolean }): Checks<T> {
  return {
    async leak(value) {
      const request = spec(value);
      const answer = await prober.send(request);
      const leaked = leakedSecrets({ body: answer.text, secrets, requestValues: requestValues(value) });
      if (leaked.length) {
        const at = answer.text.toLowerCase().indexOf(leaked[0]);
        throw new Error(`LEAK of ${leaked.join(', ')} in ${answer.status} answer to\n  ${describeSpec(request)}\n  …${answer.text.slice(Math.max(0, at - 150), at + 100)}…`);
      }
    },
    async status(value) {
      const request = spec(value);
      const answer = await prober.send(request);
      if (!allowed(answer.status)) throw new Error(`STATUS ${answer.status} for\n  ${describeSpec(request)}\n  ${answer.text.slice(0, 200)}`);
    },
  };
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

describe('catalogue search, anonymous', () => {
  const run = surveyOnce(() => ({
    arbitrary: catalogueSearchArbitrary(archive),
    runs: RUNS.search,
    checks: {
      ...channelChecks<Record<string, unknown>>({ spec: (p) => ({ path: catalogueSearchUrl(p, 'real') }), requestValues: (p) => stringsOf(renderQuery(p, 'real')), allowed: (s) => s === 200 || s === 400 }),
      async oracle(params) {
        if (namesHidden(params, AUDIENCE)) await noOracle({ path: catalogueSearchUrl(params, 'real') }, { path: catalogueSearchUrl(params, AUDIENCE) });
      },
    },
  }));
  it('shows no hidden marker', async () => judge(settings, 'catalogue search: no leak', await run(), 'leak'));
  it('answers 200 or 400', async () => judge(settings, 'catalogue search: no 5xx', await run(), 'status'));
  it('answers the same when the hidden text it names is replaced (no oracle)', async () => judge(settings, 'catalogue search: no oracle', await run(), 'oracle'));
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
  const spec = (body: unknown, headers: Record<string, string> = { Authorization: `Bearer ${token}` }): RequestSpec => ({ method: 'POST', path: '/api/catalogue/instant', body, headers });
  const run = surveyOnce(() => ({
    arbitrary: instantBodyArbitrary(archive, indexes),
    runs: RUNS.instant,
    checks: {
      ...channelChecks<Record<string, unknown>>({ spec: (body) => spec(renderQuery(body, 'real')), requestValues: (body) => stringsOf(renderQuery(body, 'real')), allowed: (s) => [200, 400, 401].includes(s) }),
      async oracle(body) {
        if (namesHidden(body, AUDIENCE)) await noOracle(spec(renderQuery(body, 'real')), spec(renderQuery(body, AUDIENCE)));
      },
    },
  }));
  it('shows no hidden marker', async () => judge(settings, 'instant search: no leak', await run(), 'leak'));
  it('answers 200, 400 or 401', async () => judge(settings, 'instant search: no 5xx', await run(), 'status'));
  it('answers the same when the hidden text it names is replaced (no oracle)', async () => judge(settings, 'instant search: no oracle', await run(), 'oracle'));
  it('refuses a missing or forged token', async () => {
    for (const headers of [{}, { Authorization: 'Bearer x.y.z' }, { Authorization: `Bearer ${token.slice(0, -2)}AA` }] as Array<Record<string, string>>) {
      const answer = await prober.send(spec({ queries: [{ indexUid: indexes.catalogue, q: '' }] }, headers));
      assert.ok(answer.status === 401 || answer.status === 400, `${answer.status} with ${JSON.stringify(headers)}`);
    }
  });
});

describe('calendar, anonymous', () => {
  const run = surveyOnce(() => ({
    arbitrary: calendarArbitrary(archive),
    runs: RUNS.calendar,
    checks: channelChecks<Record<string, unknown>>({ spec: (p) => ({ path: calendarUrl(p, 'real') }), requestValues: (p) => stringsOf(renderQuery(p, 'real')), allowed: (s) => s === 200 || s === 400 }),
  }));
  it('shows no hidden festival', async () => judge(settings, 'calendar: no leak', await run(), 'leak'));
  it('answers 200 or 400', async () => judge(settings, 'calendar: no 5xx', await run(), 'status'));
});

describe('public site, anonymous', () => {
  const pageValues = (page: SitePage) => {
    const path = safeDecode(page.path);
    return [path, ...path.split(/[/?&=]/), ...[...new URLSearchParams(page.path.split('?')[1] ?? '').values()]];
  };
  const run = surveyOnce(() => ({
    arbitrary: sitePageArbitrary(archive, AUDIENCE),
    runs: RUNS.site,
    checks: {
      ...channelChecks<SitePage>({ spec: (page) => ({ path: page.path }), requestValues: pageValues, allowed: (s) => s < 500 }),
      async missing(page) {
        if (!page.mustBeMissing) return;
        const answer = await prober.send({ path: page.path });
        if (answer.status !== 404) throw new Error(`HIDDEN PAGE answered ${answer.status}: GET ${page.path}`);
      },
    },
  }));
  it('pages, search pages, sitemap and .ics feeds show no hidden marker', async () => judge(settings, 'site: no leak', await run(), 'leak'));
  it('answer below 500', async () => judge(settings, 'site: no 5xx', await run(), 'status'));
  it('answer 404 for the pages of hidden records', async () => judge(settings, 'site: hidden records 404', await run(), 'missing'));
});

describe('media files, anonymous', () => {
  const run = surveyOnce(() => ({
    arbitrary: mediaUrlArbitrary(archive),
    runs: RUNS.media,
    checks: {
      async served(request: MediaRequest) {
        const answer = await prober.send({ path: request.path, method: request.method, headers: request.range ? { Range: request.range } : {} });
        if (answer.status < 300 || answer.status >= 500) throw new Error(`SERVED ${answer.status} (${answer.bytes} bytes) for ${request.method} ${request.path}${request.range ? ` Range: ${request.range}` : ''}`);
      },
    },
  }));
  it('guessed, stale and forged /media URLs of hidden files serve nothing', async () => judge(settings, 'media: no file of a hidden item', await run(), 'served'));

  it('a URL signed before the item was withdrawn stops working', async () => {
    const withdrawn = archive.hiddenFiles.find((item) => item.kind === 'unpublished');
    assert.ok(withdrawn?.derivativeKeys.length, 'the unpublished item has derivatives');
    // What GET /api/media-items gives a researcher for a non-public item: a 15-minute signed URL.
    // Once the item is withdrawn its files must stop answering within the minute, signature or not.
    const path = derivativePath(withdrawn.derivativeKeys[0]);
    const signed = signPath({ secret: mediaUrlSecret(), path, ttlSeconds: 15 * 60 });
    const response = await archive.app.http().get(signed);
    assert.ok([403, 404].includes(response.status), `GET ${signed} answered ${response.status} after the item was unpublished`);
  });
});

describe('IIIF, anonymous', () => {
  const run = surveyOnce(() => ({
    arbitrary: iiifUrlArbitrary(archive),
    runs: RUNS.iiif,
    checks: {
      async served(request: MediaRequest) {
        const answer = await prober.send({ path: request.path, method: request.method });
        if (answer.status < 300 || answer.status >= 500) throw new Error(`SERVED ${answer.status} (${answer.bytes} bytes) for ${request.method} ${request.path}`);
      },
      async leak(request: MediaRequest) {
        const answer = await prober.send({ path: request.path, method: request.method });
        const leaked = leakedSecrets({ body: answer.text, secrets, requestValues: [request.path] });
        if (leaked.length) throw new Error(`LEAK of ${leaked.join(', ')} in ${answer.status} answer to ${request.method} ${request.path}`);
      },
    },
  }));
  it('guessed, stale, forged and even validly signed IIIF paths of hidden items serve nothing', async () => judge(settings, 'iiif: nothing of a hidden item', await run(), 'served'));
  it('shows no hidden marker', async () => judge(settings, 'iiif: no leak', await run(), 'leak'));
});

describe('curation admin API, without an admin sign-in', () => {
  let credentials: { researcherJwt: string; apiToken: string } | undefined;
  const run = surveyOnce(() => ({
    arbitrary: adminApiArbitrary(archive, credentials!),
    runs: RUNS.admin,
    checks: {
      ...channelChecks<AdminAttack>({ spec: (attack) => attack.spec, requestValues: (attack) => [attack.spec.path], allowed: (s) => [401, 403, 404, 405].includes(s) }),
    },
  }));
  before(async () => {
    credentials = { researcherJwt: await userJwt(archive.app, 'researcher'), apiToken: await apiToken(archive.app, 'full-access') };
  });
  it('shows no hidden marker', async () => judge(settings, 'admin API: no leak', await run(), 'leak'));
  it('refuses every request (401, 403, 404 or 405): no review, history, audit, scope, consent or reprocessing without an admin sign-in', async () =>
    judge(settings, 'admin API: refused', await run(), 'status'));
});

describe('OAI-PMH, anonymous', () => {
  // Once-public records are reported deleted by identifier (persistent deletion): their documentIds may appear, never their text.
  const oncepublic = () => new Set(archive.records.filter((r) => ONCE_PUBLIC.has(r.kind)).map((r) => r.documentId));
  const oaiSecrets = () => secrets.filter((secret) => !oncepublic().has(secret));
  const outcome = (text: string) => {
    const page = parseOai(text);
    return JSON.stringify({ errors: page.errors.map((e) => e.code), headers: page.headers, metadata: [...page.metadata.keys()] });
  };
  const run = surveyOnce(() => ({
    arbitrary: oaiAttackArbitrary(archive, AUDIENCE),
    runs: RUNS.oai,
    checks: {
      async leak(attack: OaiAttack) {
        const answer = await prober.send({ path: oaiPath(attack.query) });
        const leaked = leakedSecrets({ body: answer.text, secrets: oaiSecrets(), requestValues: Object.values(attack.query) });
        if (leaked.length) throw new Error(`LEAK of ${leaked.join(', ')} in answer to ${oaiPath(attack.query)}\n${answer.text.slice(0, 1500)}`);
      },
      async valid(attack: OaiAttack) {
        const answer = await prober.send({ path: oaiPath(attack.query) });
        if (answer.status !== 200) throw new Error(`STATUS ${answer.status} for ${oaiPath(attack.query)}: ${answer.text.slice(0, 300)}`);
        await assertValidOai(answer.text, oaiPath(attack.query));
      },
      async tombstone(attack: OaiAttack) {
        const target = attack.target;
        if (!target || !isHiddenRecord(target, AUDIENCE)) return;
        const page = parseOai((await prober.send({ path: oaiPath(attack.query) })).text);
        if (page.metadata.size) throw new Error(`METADATA of hidden ${target.kind} ${target.type} in ${oaiPath(attack.query)}`);
        const header = page.headers.find((h) => h.identifier === oaiId(target));
        const known = ONCE_PUBLIC.has(target.kind);
        if (!known && page.errors[0]?.code !== 'idDoesNotExist') throw new Error(`hidden ${target.kind} ${target.type} not idDoesNotExist: ${page.xml.slice(0, 800)}`);
        if (known && attack.query.verb === 'GetRecord' && !header?.deleted) throw new Error(`once-public ${target.kind} ${target.type} not reported deleted: ${page.xml.slice(0, 800)}`);
      },
      async oracle(attack: OaiAttack) {
        if (JSON.stringify(attack.query) === JSON.stringify(attack.neutral)) return;
        if (attack.target && ONCE_PUBLIC.has(attack.target.kind)) return;
        const [a, b] = await Promise.all([prober.send({ path: oaiPath(attack.query) }), prober.send({ path: oaiPath(attack.neutral) })]);
        if (outcome(a.text) !== outcome(b.text)) throw new Error(`ORACLE: ${oaiPath(attack.query)}\n  → ${outcome(a.text).slice(0, 400)}\n  ${oaiPath(attack.neutral)}\n  → ${outcome(b.text).slice(0, 400)}`);
      },
    },
  }));
  it('shows no hidden marker, and no identifier of a record never public', async () => judge(settings, 'oai: no leak', await run(), 'leak'));
  it('answers 200 with valid OAI-PMH XML', async () => judge(settings, 'oai: valid', await run(), 'valid'));
  it('gives hidden records no metadata: idDoesNotExist, or a deletion for once-public ones', async () => judge(settings, 'oai: tombstones', await run(), 'tombstone'));
  it('answers the same when the hidden record it names is replaced (no oracle)', async () => judge(settings, 'oai: no oracle', await run(), 'oracle'));

  it('a whole harvest, anonymous and as a researcher, carries no hidden text, every page valid', async () => {
    const fetchAs = (bearer?: string) => async (query: string) => {
      const answer = await prober.send({ path: `/oai?${query}`, headers: bearer ? { Authorization: `Bearer ${bearer}` } : {} });
      return { status: answer.status, type: 'text/xml', text: answer.text };
    };
    const researcher = await userJwt(archive.app, 'researcher');
    for (const [audience, bearer] of [['public', undefined], ['researcher', researcher]] as const) {
      const hidden = archive.secretsFor(audience).filter((secret) => !oncepublic().has(secret));
      for (const verb of ['ListRecords', 'ListIdentifiers']) {
        const all = await harvest(fetchAs(bearer), `verb=${verb}&metadataPrefix=oai_dc`);
        for (const page of all.pages) {
          const leaked = leakedSecrets({ body: page.xml, secrets: hidden, requestValues: [] });
          assert.deepEqual(leaked, [], `${audience} ${verb}: ${page.xml.slice(0, 500)}`);
        }
        for (const record of archive.records.filter((r) => ONCE_PUBLIC.has(r.kind))) {
          const header = all.headers.find((h) => h.identifier === oaiId(record));
          if (header) assert.equal(header.deleted, true, `${record.kind} ${record.type} reported live to ${audience}`);
        }
      }
    }
  });
});

describe('bulk export, anonymous', () => {
  const typeOf = (attack: ExportAttack) => attack.query.find(([name]) => name === 'type')?.[1] ?? '';
  const run = surveyOnce(() => ({
    arbitrary: exportAttackArbitrary(archive, AUDIENCE),
    runs: RUNS.export,
    checks: {
      ...channelChecks<ExportAttack>({
        spec: (attack) => ({ path: exportPath(attack.query) }),
        requestValues: (attack) => attack.query.map(([, value]) => value),
        allowed: (status) => status === 200 || status === 400,
      }),
      async complete(attack: ExportAttack) {
        const answer = await prober.send({ path: exportPath(attack.query) });
        if (answer.status !== 200) return;
        const missing = expectedInExport(archive, typeOf(attack), AUDIENCE).filter((documentId) => !answer.text.includes(documentId));
        if (missing.length) throw new Error(`MISSING visible records ${missing.join(', ')} from ${exportPath(attack.query)}`);
      },
      async oracle(attack: ExportAttack) {
        if (JSON.stringify(attack.query) === JSON.stringify(attack.neutral)) return;
        const [a, b] = await Promise.all([prober.send({ path: exportPath(attack.query) }), prober.send({ path: exportPath(attack.neutral) })]);
        if (a.status !== b.status || (a.status === 200 && a.text !== b.text)) {
          throw new Error(`ORACLE: ${exportPath(attack.query)} → ${a.status}\n  ${exportPath(attack.neutral)} → ${b.status}`);
        }
      },
    },
  }));
  it('shows no hidden marker', async () => judge(settings, 'export: no leak', await run(), 'leak'));
  it('answers 200 or 400', async () => judge(settings, 'export: no 5xx', await run(), 'status'));
  it('holds every record the caller may see', async () => judge(settings, 'export: complete', await run(), 'complete'));
  it('answers the same when the hidden record it names is replaced (no oracle)', async () => judge(settings, 'export: no oracle', await run(), 'oracle'));

  it('every type in every format, anonymous and as a researcher, carries no hidden text and every visible record', async () => {
    const researcher = await userJwt(archive.app, 'researcher');
    for (const [audience, bearer] of [['public', undefined], ['researcher', researcher]] as const) {
      const hidden = archive.secretsFor(audience);
      for (const type of new Set(archive.records.map((r) => r.type))) {
        for (const format of ['csv', 'json', 'jsonl']) {
          const path = `/api/export?type=${type}&format=${format}`;
          const answer = await prober.send({ path, headers: bearer ? { Authorization: `Bearer ${bearer}` } : {} });
          assert.equal(answer.status, 200, `${audience} ${path}`);
          assert.deepEqual(leakedSecrets({ body: answer.text, secrets: hidden, requestValues: [] }), [], `${audience} ${path}`);
          for (const documentId of expectedInExport(archive, type, audience)) assert.ok(answer.text.includes(documentId), `${documentId} missing from ${audience} ${path}`);
        }
      }
    }
  });
});

/**
 * The generated attack on the REST content API (issue 9, "Prove it"): query
 * trees from fast-check against /api/<type> on an archive full of hidden
 * records, anonymous and as a researcher. Every query must leak no marker,
 * answer no 5xx, and give the same result when the hidden text it names is
 * replaced by text that exists nowhere (no boolean oracle). A failure prints
 * the shrunk query and the seed; ATTACK_SEED and ATTACK_RUNS replay or widen.
 */
import { after, before, describe, it } from 'node:test';
import { type ArchiveType, uidOf } from '../../../src/content-model';
import { type AttackArchive, startAttackArchive } from '../../helpers/attack/archive';
import { Prober, summary } from '../../helpers/attack/probe-http';
import { checkNoLeak, checkNoOracle, checkStatus, type RestCheckContext } from '../../helpers/attack/rest-checks';
import { type RestQuery, restQueryArbitrary, type RestContext } from '../../helpers/attack/rest-queries';
import { attackSettings, judge, type Survey, survey } from '../../helpers/attack/settings';
import { allTextsOf } from '../../helpers/attack/values';
import { userJwt } from '../../helpers/people';

const settings = attackSettings('attack-rest');
/** Generated query trees per pass; each goes through all three checks. */
const PUBLIC_RUNS = 1200;
const RESEARCHER_RUNS = 300;

let archive: AttackArchive;
let prober: Prober;
let anonymousSurvey: Promise<Survey<RestQuery>> | undefined;
let researcherSurvey: Promise<Survey<RestQuery>> | undefined;

const checksFor = (context: RestCheckContext) => ({
  leak: (query: RestQuery) => checkNoLeak(context, query),
  status: (query: RestQuery) => checkStatus(context, query),
  oracle: (query: RestQuery) => checkNoOracle(context, query),
});

before(async () => {
  archive = await startAttackArchive({ seed: settings.seed, waitForSearch: false });
  prober = new Prober(archive.app);
  const pluralOf = (type: ArchiveType) => (archive.app.strapi.getModel(uidOf(type) as never) as unknown as { info: { pluralName: string } }).info.pluralName;
  const rest: RestContext = { shapes: archive.shapes, pools: archive.pools, markers: archive.markers, allTexts: allTextsOf(archive.pools), pluralOf };
  const anonymous: RestCheckContext = { prober, audience: 'public', secrets: archive.secretsFor('public'), pluralOf, allowed: [200, 400, 404] };
  const jwt = await userJwt(archive.app, 'researcher');
  const researcher: RestCheckContext = { prober, audience: 'researcher', secrets: archive.secretsFor('researcher'), pluralOf, headers: { Authorization: `Bearer ${jwt}` }, allowed: [200, 400, 404] };
  // Started here, awaited by the tests: each pass surveys once, its three tests judge one rule each.
  anonymousSurvey = survey(settings, restQueryArbitrary(rest), PUBLIC_RUNS, checksFor(anonymous));
  anonymousSurvey.catch(() => {});
  researcherSurvey = anonymousSurvey.then(() => survey(settings, restQueryArbitrary(rest), RESEARCHER_RUNS, checksFor(researcher)));
  researcherSurvey.catch(() => {});
});

after(async () => {
  const generated = (await Promise.all([anonymousSurvey, researcherSurvey].map((p) => p?.catch(() => undefined)))).reduce((sum, s) => sum + (s?.count ?? 0), 0);
  if (prober) process.stdout.write(`${summary('attack-rest', settings, prober.stats, generated)}\n`);
  await archive?.stop();
});

describe('generated REST queries, anonymous', () => {
  it('never show a marker of a hidden record', async () => {
    await judge(settings, 'anonymous REST: no leak', await anonymousSurvey!, 'leak');
  });
  it('never answer a 5xx', async () => {
    await judge(settings, 'anonymous REST: no 5xx', await anonymousSurvey!, 'status');
  });
  it('answer the same when the hidden text they name is replaced (no boolean oracle)', async () => {
    await judge(settings, 'anonymous REST: no oracle', await anonymousSurvey!, 'oracle');
  });
});

describe('generated REST queries, researcher', () => {
  it('never show restricted, draft, expired, archive-only or unpublished markers', async () => {
    await judge(settings, 'researcher REST: no leak', await researcherSurvey!, 'leak');
  });
  it('never answer a 5xx', async () => {
    await judge(settings, 'researcher REST: no 5xx', await researcherSurvey!, 'status');
  });
  it('have no boolean oracle on what researchers may not see', async () => {
    await judge(settings, 'researcher REST: no oracle', await researcherSurvey!, 'oracle');
  });
});

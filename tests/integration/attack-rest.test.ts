/**
 * The generated attack on the REST content API (issue 9, "Prove it"): query
 * trees from fast-check against /api/<type> on an archive full of hidden
 * records, anonymous and as a researcher. Every query must leak no marker,
 * answer no 5xx, and give the same result when the hidden text it names is
 * replaced by text that exists nowhere (no boolean oracle). A failure prints
 * the shrunk query and the seed; ATTACK_SEED and ATTACK_RUNS replay or widen.
 */
import { after, before, describe, it } from 'node:test';
import type { ArchiveType } from '../../src/bootstrap/content-types';
import { type AttackArchive, startAttackArchive } from '../helpers/attack/archive';
import { Prober, summary } from '../helpers/attack/probe-http';
import { checkNoLeak, checkNoOracle, checkStatus, type RestCheckContext } from '../helpers/attack/rest-checks';
import { restQueryArbitrary, type RestContext } from '../helpers/attack/rest-queries';
import { attackSettings, assertProperty } from '../helpers/attack/settings';
import { allTextsOf } from '../helpers/attack/values';
import { userJwt } from '../helpers/people';

const settings = attackSettings('attack-rest');
/** Runs per property; the three properties of a pass share their requests (same seed, cached answers). */
const PUBLIC_RUNS = 1000;
const RESEARCHER_RUNS = 250;

let archive: AttackArchive;
let prober: Prober;
let rest: RestContext;
let researcher: RestCheckContext;
let anonymous: RestCheckContext;
let generated = 0;

before(async () => {
  archive = await startAttackArchive({ seed: settings.seed });
  prober = new Prober(archive.app);
  const pluralOf = (type: ArchiveType) => (archive.app.strapi.getModel(`api::${type}.${type}` as never) as unknown as { info: { pluralName: string } }).info.pluralName;
  rest = { shapes: archive.shapes, pools: archive.pools, markers: archive.markers, allTexts: allTextsOf(archive.pools), pluralOf };
  anonymous = { prober, audience: 'public', secrets: archive.secretsFor('public'), pluralOf, allowed: [200, 400, 404] };
  const jwt = await userJwt(archive.app, 'researcher');
  researcher = { prober, audience: 'researcher', secrets: archive.secretsFor('researcher'), pluralOf, headers: { Authorization: `Bearer ${jwt}` }, allowed: [200, 400, 404] };
});

after(async () => {
  if (prober) process.stdout.write(`${summary('attack-rest', settings, prober.stats, generated)}\n`);
  await archive?.stop();
});

const counted = <T>(check: (context: RestCheckContext, query: T) => Promise<void>, context: () => RestCheckContext, isCounted: boolean) =>
  async (query: T) => {
    if (isCounted) generated += 1;
    await check(context(), query);
  };

describe('generated REST queries, anonymous', () => {
  it('never show a marker of a hidden record', async () => {
    await assertProperty(settings, 'anonymous REST: no leak', restQueryArbitrary(rest), counted(checkNoLeak, () => anonymous, true), PUBLIC_RUNS);
  });
  it('never answer a 5xx', async () => {
    await assertProperty(settings, 'anonymous REST: no 5xx', restQueryArbitrary(rest), counted(checkStatus, () => anonymous, false), PUBLIC_RUNS);
  });
  it('answer the same when the hidden text they name is replaced (no boolean oracle)', async () => {
    await assertProperty(settings, 'anonymous REST: no oracle', restQueryArbitrary(rest), counted(checkNoOracle, () => anonymous, false), PUBLIC_RUNS);
  });
});

describe('generated REST queries, researcher', () => {
  it('never show restricted, draft, expired, archive-only or unpublished markers', async () => {
    await assertProperty(settings, 'researcher REST: no leak', restQueryArbitrary(rest), counted(checkNoLeak, () => researcher, true), RESEARCHER_RUNS);
  });
  it('never answer a 5xx', async () => {
    await assertProperty(settings, 'researcher REST: no 5xx', restQueryArbitrary(rest), counted(checkStatus, () => researcher, false), RESEARCHER_RUNS);
  });
  it('have no boolean oracle on what researchers may not see', async () => {
    await assertProperty(settings, 'researcher REST: no oracle', restQueryArbitrary(rest), counted(checkNoOracle, () => researcher, false), RESEARCHER_RUNS);
  });
});

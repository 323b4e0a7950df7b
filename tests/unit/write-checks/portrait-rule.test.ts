/** The portrait rule: a portrait is never visible to an audience, on any day, when its person is not. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMoreOpenThanPerson, portraitTooOpen, visibleUntil, type AccessRecord } from '../../../src/write-checks/portrait-rule';

const consent = (scope: string, expiresOn?: string) => ({ scope, expiresOn: expiresOn ?? null });
const open: AccessRecord = { accessLevel: 'public', consent: consent('public') };

describe('visibleUntil', () => {
  const cases: Array<[string, AccessRecord, string, string]> = [
    ['public, no consent', { accessLevel: 'public' }, 'public', '9999-12-31'],
    ['public, public consent until 2030', { accessLevel: 'public', consent: consent('public', '2030-01-01') }, 'public', '2030-01-01'],
    ['researcher level, for the public', { accessLevel: 'researcher' }, 'public', ''],
    ['researcher level, for researchers', { accessLevel: 'researcher' }, 'researcher', '9999-12-31'],
    ['research consent, for the public', { accessLevel: 'public', consent: consent('research') }, 'public', ''],
    ['archive-only consent, for researchers', { accessLevel: 'public', consent: consent('archive-only') }, 'researcher', ''],
    ['restricted', { accessLevel: 'restricted' }, 'researcher', ''],
    ['withdrawn public consent', { accessLevel: 'public', consent: { scope: 'public', withdrawnOn: '2026-12-01' } }, 'public', ''],
    ['no level at all', {}, 'public', ''],
  ];
  for (const [name, record, audience, expected] of cases) {
    it(name, () => assert.equal(visibleUntil(record, audience as 'public' | 'researcher'), expected));
  }
});

describe('isMoreOpenThanPerson', () => {
  const cases: Array<[string, AccessRecord, AccessRecord, boolean]> = [
    ['same access', open, open, false],
    ['public portrait, restricted person', open, { accessLevel: 'restricted', consent: consent('public') }, true],
    ['public portrait, researcher person', open, { accessLevel: 'researcher', consent: consent('public') }, true],
    ['researcher portrait, public person', { accessLevel: 'researcher', consent: consent('public') }, open, false],
    ['restricted portrait, any person', { accessLevel: 'restricted' }, { accessLevel: 'restricted', consent: consent('archive-only') }, false],
    ['public consent portrait, research-consent person', open, { accessLevel: 'public', consent: consent('research') }, true],
    ['portrait without consent, person with consent', { accessLevel: 'public' }, open, false],
    ['portrait without consent, person with research consent', { accessLevel: 'public' }, { accessLevel: 'public', consent: consent('research') }, true],
    ['portrait lasting forever, person until 2030', open, { accessLevel: 'public', consent: consent('public', '2030-12-31') }, true],
    ['portrait until 2031, person until 2030', { accessLevel: 'public', consent: consent('public', '2031-01-01') }, { accessLevel: 'public', consent: consent('public', '2030-12-31') }, true],
    ['portrait until 2030, person until 2031', { accessLevel: 'public', consent: consent('public', '2030-12-31') }, { accessLevel: 'public', consent: consent('public', '2031-01-01') }, false],
    // Researchers see a researcher-level portrait longer than the public person whose consent ends sooner.
    ['researcher portrait forever, public person until 2030', { accessLevel: 'researcher', consent: consent('research') }, { accessLevel: 'public', consent: consent('public', '2030-12-31') }, true],
    ['archive-only person: only a never-visible portrait', { accessLevel: 'researcher', consent: consent('research') }, { accessLevel: 'public', consent: consent('archive-only') }, true],
  ];
  for (const [name, portrait, person, expected] of cases) {
    it(name, () => assert.equal(isMoreOpenThanPerson({ portrait, person }), expected));
  }
});

it('the refusal names the portrait, the person and both accesses, in Vietnamese and English', () => {
  const problem = portraitTooOpen({ title: 'Chân dung', personName: 'Bà Lò Thị Xuân', portrait: open, person: { accessLevel: 'public', consent: consent('public', '2030-12-31') } });
  assert.match(problem.vi, /Ảnh chân dung "Chân dung".*"Bà Lò Thị Xuân".*2030-12-31/);
  assert.match(problem.en, /The portrait "Chân dung".*"Bà Lò Thị Xuân".*2030-12-31/);
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guardConsentEdit } from '../../../src/curation/consent/edit-rule';

const given = { givenBy: 'Gia đình', scope: 'public' };
const withdrawn = { ...given, withdrawnOn: '2026-01-05', withdrawnBy: 'Con gái', withdrawalReason: 'Không muốn chia sẻ' };
const fields = { withdrawnOn: '2026-01-05', withdrawnBy: 'Con gái', withdrawalReason: 'Không muốn chia sẻ' };

describe('guardConsentEdit', () => {
  it('lets an ordinary edit through, empty withdrawal fields included', () => {
    assert.deepEqual(guardConsentEdit(given, { ...given, note: 'x', withdrawnOn: null, withdrawnBy: '' }), { consent: { ...given, note: 'x', withdrawnOn: null, withdrawnBy: '' } });
    assert.deepEqual(guardConsentEdit(null, given), { consent: given });
    assert.deepEqual(guardConsentEdit(given, null), { consent: null });
  });

  it('refuses setting a withdrawal by hand', () => {
    const outcome = guardConsentEdit(given, { ...given, withdrawnOn: '2026-01-05' });
    assert.ok('problem' in outcome && /Withdraw consent/.test(outcome.problem.en));
  });

  it('refuses clearing, changing or removing a recorded withdrawal', () => {
    for (const incoming of [{ ...withdrawn, withdrawnOn: null }, { ...withdrawn, withdrawalReason: 'khác' }, null]) {
      const outcome = guardConsentEdit(withdrawn, incoming);
      assert.ok('problem' in outcome && /cannot be changed/.test(outcome.problem.en), JSON.stringify(incoming));
    }
  });

  it('carries a recorded withdrawal into a consent sent without it; a date read back as a Date is the same day', () => {
    assert.deepEqual(guardConsentEdit(withdrawn, { ...given, note: 'ghi chú' }), { consent: { ...given, note: 'ghi chú', ...fields } });
    const stored = { ...withdrawn, withdrawnOn: new Date('2026-01-05T00:00:00Z') };
    assert.ok('consent' in guardConsentEdit(stored as never, withdrawn));
  });
});

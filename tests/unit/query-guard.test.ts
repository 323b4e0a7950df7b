import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isVisibleTo } from '../../src/access/levels';
import { guardReadParams, normalizePopulate, type ModelInfo } from '../../src/access/query-guard';

const models: Record<string, ModelInfo> = {
  'api::festival.festival': {
    options: { draftAndPublish: true },
    attributes: {
      name: { type: 'string' },
      accessLevel: { type: 'enumeration' },
      ethnicGroups: { type: 'relation', relation: 'manyToMany', target: 'api::ethnic-group.ethnic-group' },
      timing: { type: 'component', component: 'calendar.timing-rule' },
    },
  },
  'api::ethnic-group.ethnic-group': {
    options: { draftAndPublish: true },
    attributes: {
      name: { type: 'string' },
      accessLevel: { type: 'enumeration' },
      languages: { type: 'relation', relation: 'manyToMany', target: 'api::language.language' },
    },
  },
  'api::language.language': {
    options: { draftAndPublish: true },
    attributes: { name: { type: 'string' }, accessLevel: { type: 'enumeration' } },
  },
  'api::media-item.media-item': {
    options: { draftAndPublish: true },
    attributes: {
      title: { type: 'string' },
      accessLevel: { type: 'enumeration' },
      consent: { type: 'component', component: 'media.consent' },
    },
  },
  'calendar.timing-rule': { attributes: { month: { type: 'integer' } } },
};
const options = { audience: 'public' as const, today: '2026-11-29', schemaOf: (uid: string) => models[uid] };
const publicOnly = { $and: [{ accessLevel: { $in: ['public'] } }] };
const publishedPublic = { $and: [publicOnly, { publishedAt: { $notNull: true } }] };

describe('guardReadParams', () => {
  it('forces published status whatever the caller asked', () => {
    for (const status of ['draft', 'published', undefined]) {
      const params = guardReadParams('api::festival.festival', { status }, options);
      assert.equal(params.status, 'published');
    }
  });

  it('adds the audience filter at the root, keeping the caller’s filters', () => {
    const params = guardReadParams('api::festival.festival', { filters: { name: { $eq: 'Xên bản' } } }, options);
    assert.deepEqual(params.filters, { $and: [{ name: { $eq: 'Xên bản' } }, publicOnly] });
  });

  it('lets researchers see researcher-level records, never restricted ones', () => {
    const params = guardReadParams('api::festival.festival', {}, { ...options, audience: 'researcher' });
    assert.deepEqual(params.filters, { $and: [{ accessLevel: { $in: ['public', 'researcher'] } }] });
  });

  it('guards every populated relation, at every depth and in every populate syntax', () => {
    const expected = {
      ethnicGroups: { filters: publishedPublic, populate: { languages: { filters: publishedPublic } } },
    };
    const syntaxes: unknown[] = [
      ['ethnicGroups.languages'],
      'ethnicGroups.languages',
      { ethnicGroups: { populate: { languages: true } } },
      { ethnicGroups: { populate: '*' } },
    ];
    for (const populate of syntaxes) {
      const params = guardReadParams('api::festival.festival', { populate }, options);
      assert.deepEqual((params.populate as Record<string, unknown>).ethnicGroups, expected.ethnicGroups, JSON.stringify(populate));
    }
  });

  it('expands populate=* and leaves components unfiltered', () => {
    const params = guardReadParams('api::festival.festival', { populate: '*' }, options);
    assert.deepEqual(params.populate, { ethnicGroups: { filters: publishedPublic }, timing: true });
  });

  it('injects visibility into relation filters so hidden records cannot be probed', () => {
    const params = guardReadParams(
      'api::festival.festival',
      { filters: { $or: [{ ethnicGroups: { name: { $contains: 'x' } } }] } },
      options,
    );
    assert.deepEqual(params.filters, {
      $and: [{ $or: [{ ethnicGroups: { $and: [{ name: { $contains: 'x' } }, publishedPublic] } }] }, publicOnly],
    });
  });

  it('hides records whose consent does not cover the audience or has expired', () => {
    const params = guardReadParams('api::media-item.media-item', {}, options);
    const consent = ((params.filters as { $and: unknown[] }).$and[1] as { $or: unknown[] }).$or;
    assert.deepEqual(consent[1], {
      consent: {
        $and: [{ scope: { $in: ['public'] } }, { $or: [{ expiresOn: { $null: true } }, { expiresOn: { $gte: '2026-11-29' } }] }],
      },
    });
  });
});

describe('normalizePopulate', () => {
  it('reads comma lists and drops false entries', () => {
    assert.deepEqual(normalizePopulate('api::festival.festival', 'ethnicGroups,timing', options.schemaOf), {
      ethnicGroups: true,
      timing: true,
    });
    assert.deepEqual(normalizePopulate('api::festival.festival', { ethnicGroups: false, timing: 'true' }, options.schemaOf), {
      timing: true,
    });
  });
});

describe('isVisibleTo', () => {
  const cases: Array<[string, Parameters<typeof isVisibleTo>[0]['record'], 'public' | 'researcher', boolean]> = [
    ['public record, public caller', { accessLevel: 'public' }, 'public', true],
    ['researcher record, public caller', { accessLevel: 'researcher' }, 'public', false],
    ['researcher record, researcher', { accessLevel: 'researcher' }, 'researcher', true],
    ['restricted record, researcher', { accessLevel: 'restricted' }, 'researcher', false],
    ['public record, research-only consent', { accessLevel: 'public', consent: { scope: 'research' } }, 'public', false],
    ['public record, expired consent', { accessLevel: 'public', consent: { scope: 'public', expiresOn: '2026-11-28' } }, 'public', false],
    ['public record, consent ending today', { accessLevel: 'public', consent: { scope: 'public', expiresOn: '2026-11-29' } }, 'public', true],
    ['archive-only consent, researcher', { accessLevel: 'researcher', consent: { scope: 'archive-only' } }, 'researcher', false],
    ['no access level', {}, 'researcher', false],
  ];
  for (const [name, record, audience, expected] of cases) {
    it(name, () => assert.equal(isVisibleTo({ record, audience, today: '2026-11-29' }), expected));
  }
});

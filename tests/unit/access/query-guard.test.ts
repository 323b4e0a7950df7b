import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isVisibleTo } from '../../../src/access/levels';
import { guardReadParams, normalizePopulate, QueryRejected, type ModelInfo } from '../../../src/access/query-guard';
import { uidOf } from '../../../src/content-model';

const models: Record<string, ModelInfo> = {
  [uidOf('festival')]: {
    options: { draftAndPublish: true },
    attributes: {
      name: { type: 'string' },
      accessLevel: { type: 'enumeration' },
      ethnicGroups: { type: 'relation', relation: 'manyToMany', target: uidOf('ethnic-group') },
      timing: { type: 'component', component: 'calendar.timing-rule' },
    },
  },
  [uidOf('ethnic-group')]: {
    options: { draftAndPublish: true },
    attributes: {
      name: { type: 'string' },
      accessLevel: { type: 'enumeration' },
      languages: { type: 'relation', relation: 'manyToMany', target: uidOf('language') },
    },
  },
  [uidOf('language')]: {
    options: { draftAndPublish: true },
    attributes: { name: { type: 'string' }, accessLevel: { type: 'enumeration' } },
  },
  [uidOf('media-item')]: {
    options: { draftAndPublish: true },
    attributes: {
      title: { type: 'string' },
      accessLevel: { type: 'enumeration' },
      consent: { type: 'component', component: 'media.consent' },
    },
  },
  'calendar.timing-rule': { attributes: { month: { type: 'integer' } } },
  [uidOf('story')]: {
    options: { draftAndPublish: true },
    attributes: {
      title: { type: 'string' },
      accessLevel: { type: 'enumeration' },
      people: { type: 'relation', relation: 'manyToMany', target: uidOf('person') },
      festivals: { type: 'relation', relation: 'manyToMany', target: uidOf('festival') },
      createdBy: { type: 'relation', relation: 'oneToOne', target: 'admin::user', private: true },
      localizations: { type: 'relation', relation: 'oneToMany', target: uidOf('story') },
    },
  },
  [uidOf('person')]: {
    options: { draftAndPublish: true },
    attributes: {
      name: { type: 'string' },
      biography: { type: 'richtext' },
      accessLevel: { type: 'enumeration' },
      portrait: { type: 'media' },
      gps: { type: 'json', private: true },
      ethnicGroups: { type: 'relation', relation: 'manyToMany', target: uidOf('ethnic-group') },
    },
  },
};
const options = { audience: 'public' as const, today: '2026-11-29', schemaOf: (uid: string) => models[uid] };
const publicOnly = { $and: [{ accessLevel: { $in: ['public'] } }] };
const publishedPublic = { $and: [publicOnly, { publishedAt: { $notNull: true } }] };

describe('guardReadParams', () => {
  it('forces published status whatever the caller asked', () => {
    for (const status of ['draft', 'published', undefined]) {
      const params = guardReadParams(uidOf('festival'), { status }, options);
      assert.equal(params.status, 'published');
    }
  });

  it('adds the audience filter at the root, keeping the caller’s filters', () => {
    const params = guardReadParams(uidOf('festival'), { filters: { name: { $eq: 'Xên bản' } } }, options);
    assert.deepEqual(params.filters, { $and: [{ name: { $eq: 'Xên bản' } }, publicOnly] });
  });

  it('lets researchers see researcher-level records, never restricted ones', () => {
    const params = guardReadParams(uidOf('festival'), {}, { ...options, audience: 'researcher' });
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
      const params = guardReadParams(uidOf('festival'), { populate }, options);
      assert.deepEqual((params.populate as Record<string, unknown>).ethnicGroups, expected.ethnicGroups, JSON.stringify(populate));
    }
  });

  it('refuses count on a component, and count with sort (PostgreSQL cannot group them)', () => {
    assert.throws(() => guardReadParams(uidOf('festival'), { populate: { timing: { count: 'true' } } }, options), QueryRejected);
    assert.throws(() => guardReadParams(uidOf('festival'), { populate: { ethnicGroups: { count: true, sort: 'name:asc' } } }, options), QueryRejected);
    const counted = guardReadParams(uidOf('festival'), { populate: { ethnicGroups: { count: 'true' } } }, options);
    assert.deepEqual(counted.populate, { ethnicGroups: { count: 'true', filters: publishedPublic } });
  });

  it('expands populate=* and leaves components unfiltered', () => {
    const params = guardReadParams(uidOf('festival'), { populate: '*' }, options);
    assert.deepEqual(params.populate, { ethnicGroups: { filters: publishedPublic }, timing: true });
  });

  it('injects visibility into relation filters so hidden records cannot be probed', () => {
    const params = guardReadParams(
      uidOf('festival'),
      { filters: { $or: [{ ethnicGroups: { name: { $contains: 'x' } } }] } },
      options,
    );
    assert.deepEqual(params.filters, {
      $and: [{ $or: [{ ethnicGroups: { $and: [{ name: { $contains: 'x' } }, publishedPublic] } }] }, publicOnly],
    });
  });

  it('hides records whose consent does not cover the audience or has expired', () => {
    const params = guardReadParams(uidOf('media-item'), {}, options);
    const consent = ((params.filters as { $and: unknown[] }).$and[1] as { $or: unknown[] }).$or;
    assert.deepEqual(consent[1], {
      consent: {
        $and: [
          { scope: { $in: ['public'] } },
          { $or: [{ expiresOn: { $null: true } }, { expiresOn: { $gte: '2026-11-29' } }] },
          { withdrawnOn: { $null: true } },
        ],
      },
    });
  });
});

const story = (params: Record<string, unknown>) => guardReadParams(uidOf('story'), params, options);
const rejects = (params: Record<string, unknown>, pattern: RegExp) =>
  assert.throws(() => story(params), (error: unknown) => error instanceof QueryRejected && pattern.test((error as Error).message));
const peopleClause = (inner: unknown) => ({ people: { $and: [inner, publishedPublic] } });

describe('relation filters (issue 9: operator-only values skipped the guard)', () => {
  it('guards a relation value made only of operators, at every depth', () => {
    for (const operator of ['$and', '$or'] as const) {
      const params = story({ filters: { people: { [operator]: [{ name: { $eq: 'Bí mật X' } }] } } });
      assert.deepEqual(params.filters, { $and: [peopleClause({ [operator]: [{ name: { $eq: 'Bí mật X' } }] }), publicOnly] });
    }
    const deep = story({ filters: { festivals: { $or: [{ ethnicGroups: { $and: [{ name: 'x' }] } }] } } });
    assert.deepEqual(deep.filters, {
      $and: [
        { festivals: { $and: [{ $or: [{ ethnicGroups: { $and: [{ $and: [{ name: { $eq: 'x' } }] }, publishedPublic] } }] }, publishedPublic] } },
        publicOnly,
      ],
    });
  });

  it('keeps $not inside a linked record, where the hidden row stays false', () => {
    const params = story({ filters: { people: { $not: { $not: { name: { $eq: 'x' } } } } } });
    assert.deepEqual(params.filters, { $and: [peopleClause({ $not: { $not: { name: { $eq: 'x' } } } }), publicOnly] });
  });

  it('refuses $not around a relation hop, at any depth', () => {
    rejects({ filters: { $not: { people: { name: 'x' } } } }, /\$not cannot enclose/);
    rejects({ filters: { $or: [{ $not: { $and: [{ festivals: { ethnicGroups: { name: 'x' } } }] } }] } }, /\$not cannot enclose/);
    rejects({ filters: { people: { $not: { ethnicGroups: { name: 'x' } } } } }, /\$not cannot enclose/);
  });

  it('spells out id shorthands as guarded id conditions', () => {
    assert.deepEqual(story({ filters: { people: '7' } }).filters, { $and: [peopleClause({ id: { $eq: 7 } }), publicOnly] });
    assert.deepEqual(story({ filters: { people: { $in: ['7', '8'] } } }).filters, { $and: [peopleClause({ id: { $in: [7, 8] } }), publicOnly] });
    assert.deepEqual(story({ filters: { people: { $notNull: 'true' } } }).filters, { $and: [peopleClause({ id: { $notNull: true } }), publicOnly] });
    rejects({ filters: { people: { $null: 'true' } } }, /without links/);
    rejects({ filters: { people: { id: { $null: true } } } }, /without links/);
    rejects({ filters: { people: { id: { $notNull: 'false' } } } }, /without links/);
    assert.deepEqual(story({ filters: { people: { id: { $notNull: true } } } }).filters, { $and: [peopleClause({ id: { $notNull: true } }), publicOnly] });
  });

  it('refuses filters through localizations, which could reach a draft translation', () => {
    rejects({ filters: { localizations: { title: 'bản nháp' } } }, /Cannot filter on "localizations"/);
    rejects({ filters: { people: { $or: [{ localizations: { $and: [{ name: 'x' }] } }] } } }, /Cannot filter on "localizations"/);
  });

  it('refuses relations that leave the archive, private fields and file fields', () => {
    rejects({ filters: { createdBy: { email: { $contains: '@' } } } }, /Cannot filter on "createdBy"/);
    rejects({ filters: { people: { gps: { $null: true } } } }, /Cannot filter on "gps"/);
    rejects({ filters: { people: { portrait: { name: 'a.jpg' } } } }, /Cannot filter on "portrait"/);
  });

  it('writes one key per object, so Strapi cannot merge two $and clauses into one', () => {
    const params = story({ filters: { people: { name: 'x' }, $and: [{ title: 'y' }] } });
    assert.deepEqual(params.filters, {
      $and: [{ $and: [peopleClause({ name: { $eq: 'x' } }), { $and: [{ title: { $eq: 'y' } }] }] }, publicOnly],
    });
  });

  it('wraps component conditions in a group, so $not inside a component is not read as an id operator', () => {
    const params = guardReadParams(uidOf('festival'), { filters: { timing: { $not: { month: '5' } } } }, options);
    assert.deepEqual((params.filters as { $and: unknown[] }).$and[0], { timing: { $and: [{ $not: { month: { $eq: 5 } } }] } });
  });

  it('answers malformed values with a 400, never a database error', () => {
    rejects({ filters: { title: { $eq: { $eq: 'x' } } } }, /Invalid filter value for "title"/);
    rejects({ filters: { title: { $between: 'x' } } }, /exactly two values/);
    rejects({ filters: { $and: 'x' } }, /must be an object/);
    rejects({ filters: { id: { $eq: 'abc' } } }, /Invalid filter value for "id"/);
    rejects({ filters: { id: { $in: ['2147483648'] } } }, /Invalid filter value for "id"/);
    assert.doesNotThrow(() => story({ filters: { id: { $eq: '2147483647' } } }));
    rejects({ filters: { title: 'a\u0000b' } }, /Invalid filter value/);
    rejects({ filters: { title: { $foo: 'x' } } }, /Operator \$foo is not allowed/);
    rejects({ filters: { id: { $containsi: '1' } } }, /Operator \$containsi is not allowed on "id"/);
    rejects({ filters: { $eq: 'x' } }, /needs a field/);
    rejects({ filters: { people: { $and: [] } } }, /Empty group/);
  });
});

describe('sort', () => {
  it('sorts by the record’s own fields in every syntax', () => {
    assert.deepEqual(story({ sort: 'title:DESC,id' }).sort, ['title:desc', 'id:asc']);
    assert.deepEqual(story({ sort: [{ title: 'asc' }] }).sort, ['title:asc']);
  });

  it('refuses sorting by a linked record, which would order by hidden rows', () => {
    rejects({ sort: ['people.name:asc'] }, /own fields/);
    rejects({ sort: { people: { name: 'asc' } } }, /own fields/);
    rejects({ populate: { festivals: { sort: 'ethnicGroups.name' } } }, /own fields/);
    rejects({ sort: 'title:sideways' }, /Invalid sort direction/);
  });
});

describe('populate bounds', () => {
  it('allows two hops and refuses a third', () => {
    assert.doesNotThrow(() => story({ populate: 'festivals.ethnicGroups' }));
    rejects({ populate: 'festivals.ethnicGroups.languages' }, /too deep/);
    rejects({ populate: { festivals: { populate: { ethnicGroups: { populate: '*' } } } } }, /too deep/);
  });

  it('keeps two-hop pages small', () => {
    assert.doesNotThrow(() => story({ populate: 'festivals.ethnicGroups', limit: 25 }));
    rejects({ populate: 'festivals.ethnicGroups', limit: 100 }, /at most 25 records per page/);
    assert.doesNotThrow(() => story({ populate: 'festivals', limit: 100 }));
  });

  it('never populates original files or editors', () => {
    const params = guardReadParams(uidOf('person'), { populate: { portrait: true, ethnicGroups: true } }, options);
    assert.deepEqual(Object.keys(params.populate as object), ['ethnicGroups']);
    rejects({ populate: ['createdBy'] }, /Cannot populate "createdBy"/);
    rejects({ populate: { festivals: { limit: 1 } } }, /Cannot populate "festivals.limit"/);
  });
});

describe('normalizePopulate', () => {
  it('reads comma lists and drops false entries', () => {
    assert.deepEqual(normalizePopulate(uidOf('festival'), 'ethnicGroups,timing', options.schemaOf), {
      ethnicGroups: true,
      timing: true,
    });
    assert.deepEqual(normalizePopulate(uidOf('festival'), { ethnicGroups: false, timing: 'true' }, options.schemaOf), {
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
    ['withdrawn consent, public caller', { accessLevel: 'public', consent: { scope: 'public', withdrawnOn: '2026-11-29' } }, 'public', false],
    ['withdrawn consent dated later, researcher', { accessLevel: 'public', consent: { scope: 'public', withdrawnOn: '2027-01-01' } }, 'researcher', false],
    ['archive-only consent, researcher', { accessLevel: 'researcher', consent: { scope: 'archive-only' } }, 'researcher', false],
    ['no access level', {}, 'researcher', false],
    ['draft row of a public record', { accessLevel: 'public', publishedAt: null }, 'public', false],
    ['published row of a public record', { accessLevel: 'public', publishedAt: '2026-01-01T00:00:00Z' }, 'public', true],
  ];
  for (const [name, record, audience, expected] of cases) {
    it(name, () => assert.equal(isVisibleTo({ record, audience, today: '2026-11-29' }), expected));
  }
});

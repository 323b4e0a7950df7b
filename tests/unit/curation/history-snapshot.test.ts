/** Snapshots, their populate, the restore data and which versions a write makes (pure, hand-written schemas). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GetModel, ModelInfo } from '../../../src/curation/history/model';
import { historyPopulate } from '../../../src/curation/history/populate';
import { snapshotToData } from '../../../src/curation/history/restore-data';
import { toSnapshot } from '../../../src/curation/history/snapshot';
import { versionTargets } from '../../../src/curation/history/targets';

const MODELS: Record<string, ModelInfo> = {
  'api::fest.fest': {
    attributes: {
      name: { type: 'string' },
      year: { type: 'integer' },
      createdAt: { type: 'datetime' },
      updatedBy: { type: 'relation', relation: 'oneToOne' },
      localizations: { type: 'relation', relation: 'oneToMany', unstable_virtual: true },
      groups: { type: 'relation', relation: 'manyToMany', target: 'api::group.group' },
      mainPlace: { type: 'relation', relation: 'manyToOne', target: 'api::venue.venue' },
      attached: { type: 'relation', relation: 'morphToMany' },
      cover: { type: 'media', multiple: false },
      gallery: { type: 'media', multiple: true },
      timing: { type: 'component', component: 'cal.timing' },
      names: { type: 'component', component: 'shared.name', repeatable: true },
      blocks: { type: 'dynamiczone', components: ['shared.name', 'cal.timing'] },
    },
  },
  'cal.timing': { attributes: { month: { type: 'integer' }, photo: { type: 'media', multiple: false } } },
  'shared.name': { attributes: { value: { type: 'string' }, speaker: { type: 'relation', relation: 'oneToOne', target: 'api::speaker.speaker' } } },
};
const getModel: GetModel = (uid) => MODELS[uid];

const row = {
  id: 12,
  documentId: 'doc1',
  locale: 'vi',
  name: 'Xên bản',
  year: null,
  createdAt: '2026-12-07T00:00:00Z',
  publishedAt: null,
  groups: [{ id: 3, documentId: 'g1' }, { id: 4, documentId: 'g2' }],
  mainPlace: { id: 9, documentId: 'p1' },
  cover: { id: 5 },
  gallery: [],
  timing: { id: 1, month: 3, photo: null },
  names: [{ id: 2, value: 'Xên', speaker: { id: 1, documentId: 's1' } }],
  blocks: [{ id: 8, __component: 'cal.timing', month: 4, photo: { id: 6 } }],
};

describe('history snapshots', () => {
  it('populate reads components and dynamic zones deeply, relations as documentIds, media as ids', () => {
    const populate = historyPopulate('api::fest.fest', getModel);
    assert.deepEqual(populate.groups, { select: ['documentId'] });
    assert.equal('localizations' in populate || 'attached' in populate || 'updatedBy' in populate, false);
    assert.deepEqual(populate.cover, { select: ['id'] });
    assert.deepEqual(populate.names, { populate: { speaker: { select: ['documentId'] } } });
    assert.deepEqual((populate.blocks as { on: Record<string, unknown> }).on['cal.timing'], { populate: { photo: { select: ['id'] } } });
  });

  it('a snapshot keeps every field, without ids and timestamps', () => {
    const snapshot = toSnapshot('api::fest.fest', row, getModel);
    assert.equal(snapshot.documentId, 'doc1');
    assert.equal(snapshot.locale, 'vi');
    assert.deepEqual(snapshot.data, {
      name: 'Xên bản',
      year: null,
      groups: ['g1', 'g2'],
      mainPlace: 'p1',
      cover: 5,
      gallery: [],
      timing: { month: 3, photo: null },
      names: [{ value: 'Xên', speaker: 's1' }],
      blocks: [{ __component: 'cal.timing', month: 4, photo: 6 }],
    });
    assert.equal(snapshot.kinds.name, 'text');
    assert.equal(snapshot.kinds.groups, 'relation');
    assert.equal(snapshot.kinds.names, 'components');
    assert.equal(snapshot.kinds.blocks, 'components');
    assert.equal(snapshot.kinds.year, undefined);
  });

  it('restore data writes relations by documentId with set, and components without ids', () => {
    const data = snapshotToData('api::fest.fest', toSnapshot('api::fest.fest', row, getModel), getModel);
    assert.deepEqual(data.groups, { set: [{ documentId: 'g1' }, { documentId: 'g2' }] });
    assert.deepEqual(data.mainPlace, { set: [{ documentId: 'p1' }] });
    assert.equal(data.cover, 5);
    assert.deepEqual(data.names, [{ value: 'Xên', speaker: { set: [{ documentId: 's1' }] } }]);
    assert.deepEqual(data.blocks, [{ __component: 'cal.timing', month: 4, photo: 6 }]);
    assert.equal('documentId' in data || 'locale' in data, false);
  });

  it('restore data links only related records that still exist, and can list the ones it names', () => {
    const named: string[] = [];
    snapshotToData('api::fest.fest', toSnapshot('api::fest.fest', row, getModel), getModel, (target, id) => named.push(`${target} ${id}`) > 0);
    assert.deepEqual(named.sort(), ['api::group.group g1', 'api::group.group g2', 'api::speaker.speaker s1', 'api::venue.venue p1']);
    const data = snapshotToData('api::fest.fest', toSnapshot('api::fest.fest', row, getModel), getModel, (_target, id) => id !== 'g2' && id !== 's1');
    assert.deepEqual(data.groups, { set: [{ documentId: 'g1' }] });
    assert.deepEqual(data.names, [{ value: 'Xên', speaker: { set: [] } }]);
  });

  it('restore data follows the current schema: a dropped field is left out, a new one untouched', () => {
    const data = snapshotToData('api::fest.fest', { data: { name: 'A', removedField: 1, mainPlace: null } }, getModel);
    assert.deepEqual(data, { name: 'A', mainPlace: { set: [] } });
  });
});

describe('versionTargets', () => {
  const saved = { documentId: 'd', locale: 'vi' };
  it('a save is the draft; inside a restore it is kind restore', () => {
    assert.deepEqual(versionTargets('update', { documentId: 'd' }, saved, false), [{ documentId: 'd', locale: 'vi', status: 'draft', kind: 'save' }]);
    assert.deepEqual(versionTargets('create', {}, saved, true), [{ documentId: 'd', locale: 'vi', status: 'draft', kind: 'restore' }]);
  });
  it('a create with status published is a save and a publish', () => {
    assert.deepEqual(versionTargets('create', { status: 'published' }, saved, false).map((t) => `${t.kind}:${t.status}`), ['save:draft', 'publish:published']);
  });
  it('a publish of every locale is one version per locale', () => {
    const result = { documentId: 'd', entries: [{ locale: 'vi' }, { locale: 'en' }] };
    assert.deepEqual(versionTargets('publish', { documentId: 'd', locale: '*' }, result, false), [
      { documentId: 'd', locale: 'vi', status: 'published', kind: 'publish' },
      { documentId: 'd', locale: 'en', status: 'published', kind: 'publish' },
    ]);
  });
  it('an unpublish is the remaining draft; a missed update or a delete makes none', () => {
    assert.deepEqual(versionTargets('unpublish', { documentId: 'd' }, { documentId: 'd', entries: [{ locale: 'en' }] }, false), [
      { documentId: 'd', locale: 'en', status: 'draft', kind: 'unpublish' },
    ]);
    assert.deepEqual(versionTargets('update', { documentId: 'd' }, null, false), []);
    assert.deepEqual(versionTargets('delete', { documentId: 'd' }, { documentId: 'd', entries: [{ locale: 'vi' }] }, false), []);
  });
});

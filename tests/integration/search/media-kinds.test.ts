/**
 * `mediaKinds` on a record's catalogue document (and the mediaKind facet and
 * filter of /api/catalogue/search) name only kinds of published media items
 * its audience may see, after every way an item is linked, moved, hidden or
 * withdrawn — and the index converges: the drift report ends clean.
 *
 * Each case is a public festival (or story) of its own, found by a word no
 * other record has, linked to one public video item that is then changed.
 * A public festival whose only video is withdrawn must not answer
 * `mediaKind=video`: that would tell anyone the withdrawn video exists.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { vietnamToday } from '../../../src/access/levels';
import type { CatalogueDocument } from '../../../src/search/catalogue';
import { createSearchClient, getDocument, type SearchClient } from '../../../src/search/client';
import { catalogueIndexName, readMarker } from '../../../src/search/indexes';
import type { DriftReport } from '../../../src/search/ops/drift';
import { startTestApp, type TestApp } from '../../helpers/app';
import { createRecord } from '../../helpers/records';
import { archive } from '../../../src/archive';
import { checkDrift, hasDrift } from '../../../src/search/ops/drift';
import { uidOf } from '../../../src/content-model';

const MEDIA = uidOf('media-item');
const RIGHTS = 'https://creativecommons.org/licenses/by/4.0/';

let app: TestApp;
let meili: SearchClient;
/** Set when the index never matched the database after the changes. */
let notConverged = '';

type Target = 'festival' | 'story';
interface Case {
  name: string;
  /** The word only this case's festival (or story) carries. */
  word: string;
  target?: Target;
  /** Kinds the target's public document lists once the index has caught up. */
  expected: string[];
  /** Made before the change: the item's data (default: a public video). */
  item?: Record<string, unknown>;
  /** Whether the item is linked to the target from the start. @default true */
  isLinkedAtFirst?: boolean;
  /** The write under test, after both are indexed. */
  change?: (ctx: { itemId: string; targetId: string; otherId: string }) => Promise<unknown>;
  ids?: { itemId: string; targetId: string; otherId: string };
}

const media = () => app.strapi.documents(MEDIA as never) as unknown as {
  update(p: unknown): Promise<unknown>;
  publish(p: unknown): Promise<unknown>;
  unpublish(p: unknown): Promise<unknown>;
  delete(p: unknown): Promise<unknown>;
};
const republish = async (documentId: string, data: Record<string, unknown>) => {
  await media().update({ documentId, locale: 'vi', data });
  await media().publish({ documentId, locale: '*' });
};
const yesterdayInVietnam = () => vietnamToday(new Date(Date.now() - 86_400_000));

const CASES: Case[] = [
  {
    name: 'linked by a republish of an item already indexed',
    word: 'quartzine',
    expected: ['video'],
    isLinkedAtFirst: false,
    change: ({ itemId, targetId }) => republish(itemId, { festivals: [targetId] }),
  },
  {
    name: 'moved to another festival (the old one)',
    word: 'mollusca',
    expected: [],
    change: ({ itemId, otherId }) => republish(itemId, { festivals: [otherId] }),
  },
  { name: 'deleted', word: 'zephyrus', expected: [], change: ({ itemId }) => media().delete({ documentId: itemId, locale: '*' }) },
  {
    name: 'deleted, linked from a story',
    word: 'turbinado',
    target: 'story',
    expected: [],
    change: ({ itemId }) => media().delete({ documentId: itemId, locale: '*' }),
  },
  { name: 'unpublished', word: 'galangal', expected: [], change: ({ itemId }) => media().unpublish({ documentId: itemId, locale: '*' }) },
  { name: 'restricted', word: 'periwinkle', expected: [], change: ({ itemId }) => republish(itemId, { accessLevel: 'restricted' }) },
  {
    name: 'restricted and unlinked in one publish',
    word: 'lumbago',
    expected: [],
    change: ({ itemId }) => republish(itemId, { accessLevel: 'restricted', festivals: [] }),
  },
  { name: 'researcher-only', word: 'hexagram', expected: [], change: ({ itemId }) => republish(itemId, { accessLevel: 'researcher' }) },
  {
    name: 'consent made archive-only',
    word: 'vortigern',
    expected: [],
    change: ({ itemId }) => republish(itemId, { consent: { givenBy: 'Lò Văn Vortigern', scope: 'archive-only', givenOn: '2024-01-01' } }),
  },
  {
    name: 'consent expired (the sweep after midnight)',
    word: 'juniperus',
    expected: [],
    // A day passes underneath the app; the scheduled catch-up finds the expiry.
    change: async ({ itemId }) => {
      const rows = (await app.strapi.db.query(MEDIA as never).findMany({ where: { documentId: itemId }, populate: { consent: true } } as never)) as Array<{ consent: { id: number } }>;
      for (const row of rows) await app.strapi.db.query('media.consent' as never).update({ where: { id: row.consent.id }, data: { expiresOn: yesterdayInVietnam() } } as never);
      await archive(app.strapi).queue.enqueue('search.catch-up', { reason: 'scheduled' }, { singletonKey: 'test-sweep' });
    },
  },
  {
    name: 'its draft made restricted audio, not published',
    word: 'obsidian',
    expected: ['video'],
    change: ({ itemId }) => media().update({ documentId: itemId, locale: 'vi', data: { accessLevel: 'restricted', kind: 'audio' } }),
  },
  {
    name: 'a draft-only item',
    word: 'nautilus',
    expected: [],
    item: { kind: 'document', publish: false },
  },
];

const describeDrift = (report: DriftReport) =>
  [...report.missing.map((i) => `missing ${i.id}`), ...report.stale.map((i) => `stale ${i.id} (${i.detail})`), ...report.unexpected.map((i) => `unexpected ${i.id}`)].join(', ');

/** Once every queued sync (and what they queued) has run: '' when the index holds exactly what the database says. */
async function converged(seconds: number): Promise<string> {
  try {
    await app.drain({ timeoutSeconds: seconds });
  } catch (error) {
    return (error as Error).message;
  }
  const report = await checkDrift(app.strapi, meili);
  return hasDrift(report) ? `the queue drained, and the index differs: ${describeDrift(report)}` : '';
}

const search = async (query: string) => {
  const response = await app.http().get(`/api/catalogue/search?${query}`);
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return response.body.data as { hits: Array<{ documentId: string }>; facets: { mediaKinds: Record<string, number> } };
};

before(async () => {
  const host = process.env.MEILI_HOST;
  assert.ok(host, 'run with `npm test` (it starts Meilisearch and sets MEILI_HOST)');
  app = await startTestApp();
  meili = createSearchClient({ host, apiKey: process.env.MEILI_MASTER_KEY ?? '' });
  await app.drain({ timeoutSeconds: 90 });
  assert.ok((await readMarker(meili, catalogueIndexName()))?.fullSyncAt, 'the boot full sync ran');

  for (const [n, testCase] of CASES.entries()) {
    const { publish = true, ...item } = testCase.item ?? {};
    const festival = (name: string) => createRecord(app, 'festival', { name, accessLevel: 'public', timing: { calendar: 'lunar', month: 1, day: 15 } });
    const otherId = await festival(`Lễ hội khác ${n}`);
    const festivalId = testCase.target === 'story' ? '' : await festival(`Lễ hội ${testCase.word}`);
    const isLinked = testCase.isLinkedAtFirst ?? true;
    const itemId = await createRecord(
      app,
      'media-item',
      {
        title: `Phim số ${n}`,
        kind: 'video',
        rightsUri: RIGHTS,
        accessLevel: 'public',
        consent: { givenBy: `Người quay ${n}`, scope: 'public', givenOn: '2024-01-01', expiresOn: '2099-12-31' },
        ...(festivalId && isLinked && { festivals: [festivalId] }),
        ...item,
      },
      { publish: publish as boolean },
    );
    const targetId = festivalId || (await createRecord(app, 'story', { title: `Câu chuyện ${testCase.word}`, accessLevel: 'public', mediaItems: [itemId] }));
    testCase.ids = { itemId, targetId, otherId };
  }
  const settled = await converged(120);
  assert.equal(settled, '', 'the index matches the database before the changes');
  for (const testCase of CASES) {
    const target = testCase.target ?? 'festival';
    const shown = (await getDocument<CatalogueDocument>(meili, catalogueIndexName(), `${target}-${testCase.ids!.targetId}-vi`))?.mediaKinds;
    const before = testCase.item ? [] : testCase.isLinkedAtFirst === false ? [] : ['video'];
    assert.deepEqual(shown, before, `${testCase.name}: kinds before the change`);
  }

  for (const testCase of CASES) await testCase.change?.(testCase.ids!);
  notConverged = await converged(90);
});

after(() => app?.stop());

describe('mediaKinds of public records after their media change', () => {
  for (const testCase of CASES) {
    it(`${testCase.name}: lists ${testCase.expected.join(', ') || 'no kind'}, in the document, the filter and the facet`, async () => {
      const target = testCase.target ?? 'festival';
      const { targetId } = testCase.ids!;
      const document = await getDocument<CatalogueDocument>(meili, catalogueIndexName(), `${target}-${targetId}-vi`);
      assert.ok(document, 'the public record stays searchable');
      assert.deepEqual(document.mediaKinds, testCase.expected);

      const isVideoShown = testCase.expected.includes('video');
      const filtered = await search(`q=${testCase.word}&mediaKind=video`);
      assert.equal(filtered.hits.some((hit) => hit.documentId === targetId), isVideoShown, 'found by mediaKind=video');
      const faceted = await search(`q=${testCase.word}&type=${target}`);
      assert.deepEqual(faceted.hits.map((hit) => hit.documentId), [targetId]);
      assert.deepEqual(faceted.facets.mediaKinds, Object.fromEntries(testCase.expected.map((kind) => [kind, 1])), 'the mediaKind facet');
    });
  }

  it('the index converges: the drift report ends clean', () => assert.equal(notConverged, ''));
});

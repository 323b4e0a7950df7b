/**
 * The test harness cleans up after itself: TestApp.stop() leaves no index of
 * the file's on the shared Meilisearch and no bucket on the shared S3 server,
 * so a suite run does not pile up hundreds of each.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { it } from 'node:test';
import { archive } from '../../../src/archive';
import { createSearchClient } from '../../../src/search/client';
import { bucketExists, createS3Client, s3SettingsFromEnv } from '../../../src/storage/s3-client';
import { startTestApp } from '../../helpers/app';

const hasServices = Boolean(process.env.MEILI_HOST && process.env.TEST_S3_ENDPOINT);

it('stop() removes the database folder, the Meilisearch indexes and the S3 bucket the app made', { skip: !hasServices && 'run with `npm test` (Meilisearch and S3)' }, async () => {
  const app = await startTestApp({ storage: 's3' });
  const prefix = process.env.MEILI_INDEX_PREFIX!;
  const settings = s3SettingsFromEnv()!;
  const meili = createSearchClient({ host: process.env.MEILI_HOST!, apiKey: process.env.MEILI_MASTER_KEY ?? '' });
  const ownIndexes = async () => (await meili.getIndexes({ limit: 1000 })).results.map((index) => index.uid).filter((uid) => uid.startsWith(prefix));
  const s3 = createS3Client(settings);
  try {
    // The boot catch-up creates the indexes; a stored object makes the bucket non-empty.
    await app.drain({ timeoutSeconds: 90 });
    assert.ok((await ownIndexes()).length >= 2, 'the app made its indexes');
    await archive(app.strapi).storage.put({ key: 'originals/test-app.txt', body: Buffer.from('x'), contentType: 'text/plain' });
    assert.equal(await bucketExists({ client: s3, bucket: settings.bucket }), true);

    await app.stop();
    assert.deepEqual(await ownIndexes(), []);
    assert.equal(await bucketExists({ client: s3, bucket: settings.bucket }), false);
    assert.equal(existsSync(app.dataDir), false);
  } finally {
    s3.destroy();
  }
});

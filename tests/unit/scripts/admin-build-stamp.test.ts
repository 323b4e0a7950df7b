import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { ADMIN_STAMP, buildAdmin, isAdminUpToDate } from '../../../scripts/lib/build';
import { APP_DIR } from '../../../scripts/lib/runtime-env';

// `npm run build` (buildAdmin) must leave exactly what `npm start` (ensureAdminBuilt → isAdminUpToDate) checks,
// or every start after a build rebuilds the admin panel for two minutes.
describe('admin build stamp', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'admin-stamp-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  it('is what start checks once build has run', () => {
    const stamp = path.join(root, 'fresh', 'build', '.inputs-hash');
    assert.equal(isAdminUpToDate(stamp), false);
    let builds = 0;
    buildAdmin({ stamp, runBuild: () => void builds++ });
    assert.equal(builds, 1);
    assert.equal(isAdminUpToDate(stamp), true);
  });

  it('is stale when the admin inputs changed since the build', () => {
    const stamp = path.join(root, 'stale');
    writeFileSync(stamp, 'hash of an older package-lock.json');
    assert.equal(isAdminUpToDate(stamp), false);
  });

  it('is not written when the build fails, so the next start builds again', () => {
    const stamp = path.join(root, 'failed', '.inputs-hash');
    assert.throws(() => buildAdmin({ stamp, runBuild: () => { throw new Error('vite failed'); } }), /vite failed/);
    assert.equal(existsSync(stamp), false);
  });

  it('lives in dist/build, which strapi develop keeps when it empties dist/', () => {
    assert.equal(path.dirname(ADMIN_STAMP), path.join(APP_DIR, 'dist', 'build'));
  });
});

/**
 * Where a test lives: tests/<kind>/<folder>/<topic>.test.ts, where <kind> is
 * unit (pure logic), integration (boots the app) or browser (headless
 * Chromium), and <folder> names the folder under src/ whose code it tests —
 * or `scripts` for the command-line scripts, or `project` for checks on the
 * repository as a whole. A newcomer looking for the tests of src/media finds
 * them in tests/*\/media/.
 */
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const KINDS = ['unit', 'integration', 'browser'];
const EXTRA_FOLDERS = ['scripts', 'project'];

describe('test layout', () => {
  it('every test file sits in tests/<kind>/<src folder>/', () => {
    const srcFolders = readdirSync(path.join(ROOT, 'src')).filter((name) => statSync(path.join(ROOT, 'src', name)).isDirectory());
    const allowed = new Set([...srcFolders, ...EXTRA_FOLDERS]);
    const misplaced: string[] = [];
    let count = 0;
    for (const entry of readdirSync(path.join(ROOT, 'tests'), { recursive: true, encoding: 'utf8' })) {
      if (!entry.endsWith('.test.ts')) continue;
      count += 1;
      const [kind, folder, ...rest] = entry.split(path.sep);
      if (!KINDS.includes(kind) || !allowed.has(folder) || rest.length !== 1) misplaced.push(entry);
    }
    assert.ok(count > 50, `found only ${count} test files`);
    assert.deepEqual(misplaced, [], 'move these to tests/<unit|integration|browser>/<src folder>/<topic>.test.ts');
  });
});

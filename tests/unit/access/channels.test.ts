/**
 * Every way out of the archive reads through src/access. This test reads the
 * source of the channel folders and fails when a file there queries the
 * database or the document service directly, so a new channel (an export, a
 * feed, a harvester endpoint) cannot quietly bypass the access rule: it must
 * read through the site reader, the REST request context (which the
 * document-service guard rewrites), or a reviewed file listed here.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const SRC = path.resolve(__dirname, '..', '..', '..', 'src');
/** Folders whose code answers callers outside the admin. */
const CHANNEL_FOLDERS = ['api', 'site', 'middlewares', 'search/api', 'media-access', 'oai', 'cite', 'iiif', 'export'];
const DIRECT_READ = /\bstrapi\.db\.query\(|\bstrapi\.documents\(|\bdocuments\(\s*(uid|UID|'api::)/;

/** Reviewed direct readers, each with the reason its reads are guarded. */
const REVIEWED: Record<string, string> = {
  'site/load/reader.ts': 'the site reader: every query goes through guardReadParams with the public audience',
  'site/load/preview-reader.ts':
    'reads the one previewed record unguarded, only after handle.ts checked a preview token signed for that record, locale and status (issued to signed-in admins who may read the type)',
  'api/calendar/controllers/calendar.ts': 'runs in the content-API request context, so the document-service guard rewrites it',
  'media-access/item-visibility.ts': 'reads the published row and decides with isVisibleTo',
  'media-access/decorate-media-items.ts': 'reads published rows of items the guarded REST query already returned, and signs by isVisibleTo',
  'oai/strapi/jobs.ts': 'lists documentIds to refresh the ledger; nothing read reaches a response (the refresh decides levels with isVisibleTo)',
  'oai/strapi/register.ts': 'counts published rows to decide whether the ledger needs a rebuild; nothing read reaches a response',
  'oai/strapi/port.ts': "reads the Super Admins' email addresses for Identify's adminEmail, no archive record",
};

function filesUnder(folder: string): string[] {
  const dir = path.join(SRC, folder);
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(path.join(folder, name));
    return /\.(ts|tsx)$/.test(name) ? [path.join(folder, name)] : [];
  });
}

describe('channels read through the access rule', () => {
  it('no channel file reads the database directly unless reviewed', () => {
    const offenders = CHANNEL_FOLDERS.flatMap(filesUnder)
      .filter((file) => !REVIEWED[file])
      .filter((file) => DIRECT_READ.test(readFileSync(path.join(SRC, file), 'utf8')));
    assert.deepEqual(
      offenders,
      [],
      'These files read records directly. Read through src/access (siteReader, or the REST request context), or review them and list them here with the reason.',
    );
  });

  it('every reviewed file still exists and still reads directly', () => {
    for (const file of Object.keys(REVIEWED)) {
      assert.ok(DIRECT_READ.test(readFileSync(path.join(SRC, file), 'utf8')), `${file} no longer reads directly: remove it from the list`);
    }
  });
});

/**
 * The docs stay true: every environment variable the code reads is in
 * docs/configuration.md (and every variable listed there is still read), and
 * every route path the app defines is in docs/api.md. Found by reading the
 * source, so a new variable or route fails here until it is documented.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ARCHIVE_TYPES, MODEL } from '../../../src/content-model';
import { calendarPath, recordPath, searchPath } from '../../../src/site/routes';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

function sourceFiles(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(path.join(ROOT, file)).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(file);
    return /\.(ts|tsx|js)$/.test(name) ? [file] : [];
  });
}

const matches = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]);

/** How code reads a variable: process.env.X, env.X, Strapi's env('X') / env.int('X'), or a name handed to a helper ('X'). */
const ENV_READS = [
  /process\.env\.([A-Z][A-Z0-9_]*)/g,
  /\benv\.([A-Z][A-Z0-9_]*)\b/g,
  /\benv(?:\.[a-z]+)?\(\s*['"]([A-Z][A-Z0-9_]*)['"]/g,
  /['"`]([A-Z][A-Z0-9]*_[A-Z0-9_]+)['"`]/g,
];
/** Upper-case strings in the code that are not environment variables (error codes, sysconf names, S3 options). */
const NOT_ENV = new Set(['CLK_TCK', 'EAI_AGAIN', 'ERR_REQUIRE_ESM', 'IMAGE_SHAPE', 'IMAGE_TOO_LARGE', 'IMAGE_UNREADABLE', 'WHEN_REQUIRED']);

function envVarsReadIn(dirs: string[]): Set<string> {
  const names = new Set<string>();
  for (const file of dirs.flatMap(sourceFiles)) {
    const text = read(file);
    for (const pattern of ENV_READS) for (const name of matches(text, pattern)) if (!NOT_ENV.has(name)) names.add(name);
  }
  return names;
}

describe('docs/configuration.md', () => {
  const doc = read('docs/configuration.md');

  it('documents every environment variable read in src/, config/ and scripts/', () => {
    const read = envVarsReadIn(['src', 'config', 'scripts']);
    assert.ok(read.size > 40, `expected to find the app's variables, found ${[...read].join(', ')}`);
    const missing = [...read].filter((name) => !doc.includes(`\`${name}\``)).sort();
    assert.deepEqual(missing, [], `add these to docs/configuration.md (name, default, meaning, who sets it): ${missing.join(', ')}`);
  });

  it('lists no variable that nothing reads any more', () => {
    const read = envVarsReadIn(['src', 'config', 'scripts', 'tests']);
    const listed = doc
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((line) => matches(line.split('|')[1], /`([A-Z][A-Z0-9_]*)`/g));
    assert.ok(listed.length > 40);
    const stale = listed.filter((name) => !read.has(name));
    assert.deepEqual(stale, [], `no code reads these any more; remove them from docs/configuration.md: ${stale.join(', ')}`);
  });
});

/** Route paths defined under src/: Strapi routers, route registrations, path constants and path checks. */
function routePaths(): string[] {
  const paths = new Set<string>();
  // Content types: createCoreRouter serves /api/<plural> (the content model pins plural to the schema's pluralName).
  for (const type of ARCHIVE_TYPES) paths.add(`/api/${MODEL[type].plural}`);
  // Custom routers list their paths.
  for (const api of readdirSync(path.join(ROOT, 'src', 'api'))) {
    for (const file of sourceFiles(path.join('src', 'api', api, 'routes'))) {
      for (const route of matches(read(file), /path:\s*'(\/[^']*)'/g)) paths.add(`/api${route}`);
    }
  }
  for (const file of sourceFiles('src').filter((f) => !f.startsWith(path.join('src', 'api')) && !f.startsWith(path.join('src', 'admin')) && !f.includes(`${path.sep}client${path.sep}`))) {
    const text = read(file);
    const prefix = matches(text, /prefix:\s*'(\/[^']*)'/g)[0] ?? '';
    if (/\.routes\(/.test(text)) for (const route of matches(text, /path:\s*'(\/[^']*)'/g)) paths.add(prefix + route);
    if (/\baddAdminRoutes\(strapi/.test(text)) for (const route of matches(text, /path:\s*'(\/[^']*)'/g)) paths.add(`/di-san${route}`);
    for (const constant of matches(text, /const [A-Z_]*(?:PATH|ROUTE) = '(\/[^']*)'/g)) paths.add(constant);
    for (const literal of matches(text, /\bpath\s*[!=]==\s*'(\/[^']+)'/g)) paths.add(literal);
  }
  // The public site's pages, built by its own URL functions so renamed segments are caught.
  for (const locale of ['vi', 'en'] as const) {
    for (const type of ARCHIVE_TYPES) paths.add(recordPath(locale, type, 'KEY').replace(/KEY$/, ''));
    paths.add(searchPath(locale));
    paths.add(calendarPath(locale));
    paths.add(`${calendarPath(locale)}.ics`);
  }
  return [...paths].sort();
}

describe('docs/api.md', () => {
  it('documents every route path defined in src/', () => {
    const doc = read('docs/api.md');
    const paths = routePaths();
    for (const expected of ['/api/festivals', '/api/catalogue/instant', '/api/tus', '/di-san/media-items/reprocess-failed', '/media/d/', '/_health', '/le-hoi/']) {
      assert.ok(paths.includes(expected), `the route scan no longer finds ${expected}; fix the scan in this test`);
    }
    // A parameter (`:documentId`) is written the same way in the docs.
    const missing = paths.filter((route) => !doc.includes(route));
    assert.deepEqual(missing, [], `add these routes to docs/api.md: ${missing.join(', ')}`);
  });
});

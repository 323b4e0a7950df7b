/**
 * The Vietnamese admin texts in src/admin/strapi-vi against Strapi's own
 * en.json/vi.json of the six packages officers meet. After a Strapi upgrade
 * the first test lists the new English keys that still need Vietnamese.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { contentTypes, strapiPackages, unlisted } from '../../../src/admin/strapi-vi';

const ROOT = path.resolve(__dirname, '../../..');

/** Where each package keeps its translations, by the prefix its keys get. */
const TRANSLATIONS: Record<string, string> = {
  '': 'node_modules/@strapi/admin/dist/admin/admin/src/translations',
  'content-manager': 'node_modules/@strapi/content-manager/dist/admin/translations',
  upload: 'node_modules/@strapi/upload/dist/admin/translations',
  i18n: 'node_modules/@strapi/i18n/dist/admin/translations',
  'users-permissions': 'node_modules/@strapi/plugin-users-permissions/dist/admin/translations',
  email: 'node_modules/@strapi/email/dist/admin/translations',
};

/** English texts that Vietnamese writes the same way: names, protocols, code values. */
const SAME_IN_VIETNAMESE = new Set(['Video', 'DKIM', 'OAuth2', 'noopener, nofollow, noreferrer', '_blank, _self, _parent, _top']);

async function load(prefix: string, locale: string): Promise<Record<string, string>> {
  const file = path.join(ROOT, TRANSLATIONS[prefix], `${locale}.json.mjs`);
  if (!existsSync(file)) return {};
  return ((await import(pathToFileURL(file).href)) as { default: Record<string, string> }).default;
}

type Upstream = { prefix: string; en: Record<string, string>; vi: Record<string, string> };
let upstream: Upstream[] = [];

before(async () => {
  upstream = await Promise.all(
    Object.keys(TRANSLATIONS).map(async (prefix) => ({ prefix, en: await load(prefix, 'en'), vi: await load(prefix, 'vi') })),
  );
  assert.ok(Object.keys(upstream[0].en).length > 500, "Strapi's admin en.json was not found");
});

/**
 * Argument names of an ICU message at any depth. A regex alone would take the
 * words of plural/select branches ("other {items}") for arguments, so this
 * walks the braces; it throws on unbalanced ones, which formatMessage would
 * show as raw text.
 */
export function icuArguments(message: string): Set<string> {
  const names = new Set<string>();
  let i = 0;
  const expect = (char: string): void => {
    if (message[i] !== char) throw new Error(`expected "${char}" at ${i} in: ${message}`);
    i += 1;
  };
  const readUntilComma = (): string => {
    const start = i;
    while (i < message.length && message[i] !== ',' && message[i] !== '}') i += 1;
    return message.slice(start, i).trim();
  };
  // Message text up to the "}" closing it (or the end).
  const text = (): void => {
    while (i < message.length && message[i] !== '}') {
      if (message[i] === '{') argument();
      else i += 1;
    }
  };
  const argument = (): void => {
    expect('{');
    names.add(readUntilComma());
    if (message[i] === ',') {
      i += 1;
      const type = readUntilComma();
      if (message[i] === ',') {
        i += 1;
        const branches = type === 'plural' || type === 'select' || type === 'selectordinal';
        // Branches are "selector {text}"; other styles (number, date) run to "}".
        while (i < message.length && message[i] !== '}') {
          if (branches && message[i] === '{') {
            i += 1;
            text();
            expect('}');
          } else i += 1;
        }
      }
    }
    expect('}');
  };
  text();
  if (i !== message.length) throw new Error(`unbalanced "}" at ${i} in: ${message}`);
  return names;
}

/** Rich-text tag names (<b>, </em>); "<no-reply@strapi.io>" is not a tag. */
export function tagNames(message: string): Set<string> {
  return new Set([...message.matchAll(/<\/?([A-Za-z][\w-]*)\s*\/?>/g)].map((match) => match[1]));
}

const sorted = (set: Set<string>): string[] => [...set].sort();

describe('Strapi admin in Vietnamese', () => {
  it('has a Vietnamese text for every English key of the six packages', () => {
    const missing: string[] = [];
    for (const { prefix, en, vi } of upstream) {
      const ours = strapiPackages[prefix];
      for (const key of Object.keys(en)) {
        if (typeof vi[key] !== 'string' && typeof ours[key] !== 'string') missing.push(prefix ? `${prefix}.${key}` : key);
      }
    }
    assert.deepEqual(missing, [], `${missing.length} keys without Vietnamese (new in a Strapi upgrade?)`);
  });

  it('only translates keys that exist in English (no stale keys)', () => {
    const stale = upstream.flatMap(({ prefix, en }) =>
      Object.keys(strapiPackages[prefix])
        .filter((key) => typeof en[key] !== 'string')
        .map((key) => `${prefix}.${key}`),
    );
    assert.deepEqual(stale, []);
  });

  it('keeps every placeholder and tag of the English message', () => {
    const wrong: string[] = [];
    for (const { prefix, en } of upstream) {
      for (const [key, text] of Object.entries(strapiPackages[prefix])) {
        const english = en[key];
        if (typeof english !== 'string') continue;
        try {
          const args = [sorted(icuArguments(english)), sorted(icuArguments(text))];
          const tags = [sorted(tagNames(english)), sorted(tagNames(text))];
          if (String(args[0]) !== String(args[1]) || String(tags[0]) !== String(tags[1])) {
            wrong.push(`${prefix}.${key}: ${JSON.stringify(args[0])} ${JSON.stringify(tags[0])} → ${JSON.stringify(args[1])} ${JSON.stringify(tags[1])}`);
          }
        } catch (error) {
          wrong.push(`${prefix}.${key}: ${(error as Error).message}`);
        }
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('translates rather than copies the English text', () => {
    const copied = upstream.flatMap(({ prefix, en }) =>
      Object.entries(strapiPackages[prefix])
        .filter(([key, text]) => text === en[key] && !SAME_IN_VIETNAMESE.has(text) && /\p{L}/u.test(withoutArguments(text)))
        .map(([key, text]) => `${prefix}.${key}: ${text}`),
    );
    assert.deepEqual(copied, []);
  });

  it('names every content type and component of ours, and nothing else', () => {
    const names = schemaFiles().map((file) => (JSON.parse(readFileSync(file, 'utf8')) as { info: { displayName: string } }).info.displayName);
    assert.deepEqual(Object.keys(contentTypes).sort(), [...new Set(names)].sort());
    for (const [name, text] of Object.entries(contentTypes)) assert.notEqual(text, name);
  });

  it('translates ids used in Strapi\'s code without an en.json entry, keeping their placeholders', () => {
    const defaults = codeDefaults();
    const english = new Set(upstream.flatMap(({ prefix, en }) => Object.keys(en).map((key) => (prefix ? `${prefix}.${key}` : key))));
    const wrong: string[] = [];
    for (const [id, text] of Object.entries(unlisted)) {
      const message = defaults.get(id);
      if (english.has(id)) wrong.push(`${id}: now in an en.json, move it to that package's file`);
      else if (message === undefined) wrong.push(`${id}: no longer in Strapi's code`);
      else if (String(sorted(icuArguments(message))) !== String(sorted(icuArguments(text))) || String(sorted(tagNames(message))) !== String(sorted(tagNames(text)))) {
        wrong.push(`${id}: placeholders or tags differ from "${message}"`);
      } else if (text === message) wrong.push(`${id}: not translated`);
    }
    assert.deepEqual(wrong, []);
    assert.equal(defaults.get('search.placeholder'), 'Search', 'the code scan found nothing');
  });

  it('the parser finds arguments, not plural words, and rejects unbalanced braces', () => {
    assert.deepEqual(sorted(icuArguments('{number} {number, plural, =0 {items} one {item} other {items}}')), ['number']);
    assert.deepEqual(sorted(icuArguments('{hasLocale, select, true {{subtitle}, in {locale}} other {{subtitle}}}')), ['hasLocale', 'locale', 'subtitle']);
    assert.deepEqual(sorted(icuArguments('Preparing {fetched, number} of {total, plural, one {# event} other {# events}}')), ['fetched', 'total']);
    assert.throws(() => icuArguments('{count, plural, one {# file} other {# files}'));
    assert.throws(() => icuArguments('tối đa {max}}'));
    assert.deepEqual(sorted(tagNames('<b>{count}</b> entries <em>x</em>')), ['b', 'em']);
  });
});

/** A message with its arguments removed, to tell "{count} {label}" (nothing to translate) from words. */
function withoutArguments(message: string): string {
  return message.replace(/\{[^{}]*\}/g, '');
}

/**
 * Message ids with a literal defaultMessage in the six packages' admin code,
 * as the code formats them: an id passed through the package's helper
 * (getTranslation, getTrad) gets its prefix.
 */
function codeDefaults(): Map<string, string> {
  const found = new Map<string, string>();
  const call = /id:\s*(getTranslation\(|getTrad\(|getTranslationKey\()?\s*(['"`])([^'"`$]+)\2\)?\s*,\s*defaultMessage:\s*(['"`])((?:\\.|(?!\4).)*)\4/g;
  for (const [prefix, translations] of Object.entries(TRANSLATIONS)) {
    const dist = path.join(ROOT, translations.replace(/\/(admin\/src\/)?translations$/, ''));
    for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.mjs') || file.includes('translations')) continue;
      for (const match of readFileSync(path.join(dist, file), 'utf8').matchAll(call)) {
        const id = match[1] && prefix ? `${prefix}.${match[3]}` : match[3];
        if (!found.has(id)) found.set(id, match[5].replace(/\\(.)/g, '$1'));
      }
    }
  }
  return found;
}

function schemaFiles(): string[] {
  const files: string[] = [];
  const api = path.join(ROOT, 'src/api');
  for (const name of readdirSync(api)) {
    const dir = path.join(api, name, 'content-types');
    if (!existsSync(dir)) continue;
    for (const type of readdirSync(dir)) files.push(path.join(dir, type, 'schema.json'));
  }
  const components = path.join(ROOT, 'src/components');
  for (const category of readdirSync(components)) {
    for (const file of readdirSync(path.join(components, category))) if (file.endsWith('.json')) files.push(path.join(components, category, file));
  }
  return files;
}

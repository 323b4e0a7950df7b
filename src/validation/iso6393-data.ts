/**
 * Loads the code list of the npm package `iso-639-3` (ESM-only) into a
 * CommonJS program.
 *
 * Primary path: plain require(). Node 20.19+ (this project pins >=20.19 <21)
 * can require() an ES module that has no top-level await, and this package
 * has none; tsc's CommonJS output and tsx both go through that path.
 * Fallback: if require() of ESM is unavailable (older Node, or
 * --no-experimental-require-module), read the package's data files as text
 * and extract the codes. The package version is pinned, so the file layout
 * is known.
 */
import { readFileSync } from 'fs';
import { dirname, join } from 'path';

export interface Iso6393Data {
  /** All ISO 639-3 codes (lowercase). */
  codes: Set<string>;
  /** ISO 639-1 (two-letter) code -> ISO 639-3 code, for hints. */
  from6391: Map<string, string>;
}

type Iso6393Module = typeof import('iso-639-3');

let cached: Iso6393Data | undefined;

function fromModule(mod: Iso6393Module): Iso6393Data {
  const codes = new Set(mod.iso6393.map((language) => language.iso6393));
  const from6391 = new Map<string, string>();
  for (const [three, two] of Object.entries(mod.iso6393To1)) from6391.set(two, three);
  return { codes, from6391 };
}

/** Fallback: extract codes from the package's JS source text. Exported for tests. */
export function readIso6393FromSource(): Iso6393Data {
  const dir = dirname(require.resolve('iso-639-3/package.json'));
  const list = readFileSync(join(dir, 'iso6393.js'), 'utf8');
  const toOne = readFileSync(join(dir, 'iso6393-to-1.js'), 'utf8');
  const codes = new Set(Array.from(list.matchAll(/iso6393: '([a-z]{3})'/g), (m) => m[1]));
  const from6391 = new Map<string, string>();
  for (const m of toOne.matchAll(/^\s+([a-z]{3}): '([a-z]{2})'/gm)) from6391.set(m[2], m[1]);
  if (codes.size < 7000) throw new Error('iso-639-3: unexpected data file layout');
  return { codes, from6391 };
}

export function loadIso6393(): Iso6393Data {
  if (cached) return cached;
  let mod: Iso6393Module | undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    mod = require('iso-639-3') as Iso6393Module;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_REQUIRE_ESM') throw error;
  }
  cached = mod ? fromModule(mod) : readIso6393FromSource();
  return cached;
}

/**
 * `npx tsx scripts/export-dictionary.ts`: rewrite the data dictionary in
 * docs/export.md from the export's column plan (after a schema change made
 * tests/unit/export/dictionary.test.ts fail). Needs no running archive.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withDictionary } from '../src/export/dictionary';

const file = path.join(__dirname, '..', 'docs', 'export.md');
writeFileSync(file, withDictionary(readFileSync(file, 'utf8')));
console.log(`${path.relative(process.cwd(), file)}: data dictionary regenerated`);

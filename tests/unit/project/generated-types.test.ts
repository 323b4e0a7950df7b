/**
 * types/generated/ is committed (so a clean clone type-checks without booting
 * Strapi) and must follow the schemas: after a schema.json changes, run
 * `npm run types` and commit the result. This test says when that was
 * forgotten, by comparing each content type's and component's attributes
 * (name, kind, required) in the schemas with the generated typings.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ARCHIVE_TYPES, MODEL } from '../../../src/content-model';

const ROOT = path.join(__dirname, '..', '..', '..');
const GENERATED = path.join(ROOT, 'types', 'generated');

interface JsonAttribute {
  type: string;
  required?: boolean;
}
type Shape = Record<string, string>;

/** name → "kind" or "kind required", as both sides can state it. */
const shapeOfJson = (attributes: Record<string, JsonAttribute>): Shape =>
  Object.fromEntries(Object.entries(attributes).map(([name, a]) => [name, `${a.type.toLowerCase()}${a.required ? ' required' : ''}`]));

/** The attributes of one interface of a generated .d.ts, found through its uid in the `declare module` map. */
function shapeOfGenerated(source: string, uid: string): Shape {
  const name = new RegExp(`^\\s+'${uid.replace(/[.]/g, '\\.')}': (\\w+);$`, 'm').exec(source)?.[1];
  assert.ok(name, `${uid} is in the generated typings`);
  const start = source.indexOf(`export interface ${name} extends`);
  const body = source.slice(start, source.indexOf('\n}\n', start));
  const attributes = body.slice(body.indexOf('\n  attributes: {'));
  const entries = [...attributes.matchAll(/^ {4}(\w+): Schema\.Attribute\.(\w+)/gm)];
  return Object.fromEntries(
    entries.map((entry, i) => {
      const text = attributes.slice(entry.index, entries[i + 1]?.index ?? attributes.length);
      return [entry[1], `${entry[2].toLowerCase()}${text.includes('Schema.Attribute.Required') ? ' required' : ''}`];
    }),
  );
}

// Added by Strapi to every collection type with draft & publish and i18n.
const SYSTEM = ['createdAt', 'createdBy', 'locale', 'localizations', 'publishedAt', 'updatedAt', 'updatedBy'];

describe('generated Strapi typings', () => {
  const contentTypes = readFileSync(path.join(GENERATED, 'contentTypes.d.ts'), 'utf8');
  const components = readFileSync(path.join(GENERATED, 'components.d.ts'), 'utf8');

  for (const type of ARCHIVE_TYPES) {
    it(`${type} matches its schema.json (else run \`npm run types\`)`, () => {
      const schema = JSON.parse(readFileSync(path.join(ROOT, 'src', 'api', type, 'content-types', type, 'schema.json'), 'utf8'));
      const generated = shapeOfGenerated(contentTypes, MODEL[type].uid);
      for (const name of SYSTEM) delete generated[name];
      assert.deepEqual(generated, shapeOfJson(schema.attributes));
    });
  }

  const componentsDir = path.join(ROOT, 'src', 'components');
  for (const category of readdirSync(componentsDir)) {
    for (const file of readdirSync(path.join(componentsDir, category)).filter((name) => name.endsWith('.json'))) {
      const uid = `${category}.${file.slice(0, -'.json'.length)}`;
      it(`component ${uid} matches its JSON (else run \`npm run types\`)`, () => {
        const schema = JSON.parse(readFileSync(path.join(componentsDir, category, file), 'utf8'));
        assert.deepEqual(shapeOfGenerated(components, uid), shapeOfJson(schema.attributes));
      });
    }
  }
});

/**
 * Holds src/content-model to the schema.json files Strapi builds the
 * database from, so the declaration cannot drift from the schemas, and keeps
 * the model the one place that spells a type's uid.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ARCHIVE_TYPES, ARCHIVE_UIDS, CONSENT_TYPES, MODEL, linksTo, reverseLinks, typeOf, typeOfUid, uidOf } from '../../../src/content-model';

const ROOT = path.join(__dirname, '..', '..', '..');
const API_DIR = path.join(ROOT, 'src', 'api');

interface SchemaAttribute {
  type: string;
  relation?: string;
  target?: string;
  component?: string;
  mappedBy?: string;
  inversedBy?: string;
}
interface Schema {
  info: { singularName: string; pluralName: string };
  attributes: Record<string, SchemaAttribute>;
}

const schemaPath = (type: string) => path.join(API_DIR, type, 'content-types', type, 'schema.json');
const schemaOf = (type: string): Schema => JSON.parse(readFileSync(schemaPath(type), 'utf8'));

describe('content model', () => {
  it('describes exactly the content types that have a schema', () => {
    const withSchema = readdirSync(API_DIR).filter((name) => {
      try {
        return statSync(schemaPath(name)).isFile();
      } catch {
        return false;
      }
    });
    assert.deepEqual([...withSchema].sort(), [...ARCHIVE_TYPES].sort());
  });

  for (const type of ARCHIVE_TYPES) {
    describe(type, () => {
      const schema = schemaOf(type);
      const description = MODEL[type];

      it('has the uid and API names of its schema', () => {
        assert.equal(schema.info.singularName, type);
        assert.equal(description.uid, `api::${schema.info.singularName}.${schema.info.singularName}`);
        assert.equal(description.plural, schema.info.pluralName);
      });

      it('declares every relation of its schema, with its target, and nothing else', () => {
        const fromSchema = Object.fromEntries(
          Object.entries(schema.attributes)
            .filter(([, attribute]) => attribute.type === 'relation')
            .map(([field, attribute]) => [field, typeOfUid(attribute.target ?? '') ?? `not an archive type: ${attribute.target}`]),
        );
        assert.deepEqual(description.links, fromSchema);
      });

      it('declares consent exactly when its schema has the consent component', () => {
        const hasConsent = Object.values(schema.attributes).some((attribute) => attribute.type === 'component' && attribute.component === 'media.consent');
        assert.equal(description.hasConsent, hasConsent);
      });

      it('is titled by a field its schema has', () => {
        assert.ok(schema.attributes[description.titleField]);
      });

      it('is named in URLs by a field its schema has', () => {
        if (description.pageKey === 'slug') assert.ok(schema.attributes.slug, 'a slug attribute');
        else assert.equal(schema.attributes.slug, undefined, 'no slug: pages use the documentId');
      });

      it('pairs each two-way relation with its other side', () => {
        for (const [field, attribute] of Object.entries(schema.attributes)) {
          const other = attribute.mappedBy ?? attribute.inversedBy;
          if (attribute.type !== 'relation' || !other) continue;
          const target = typeOf(attribute.target ?? '');
          assert.equal((MODEL[target].links as Record<string, string>)[other], type, `${target}.${other} points back at ${type}.${field}`);
        }
      });
    });
  }

  it('gives each type its own path words in each locale', () => {
    for (const locale of ['vi', 'en'] as const) {
      const words = ARCHIVE_TYPES.map((type) => MODEL[type].route[locale]);
      assert.equal(new Set(words).size, words.length, locale);
    }
  });

  it('derives uids, types and links from the one declaration', () => {
    for (const type of ARCHIVE_TYPES) assert.equal(typeOf(uidOf(type)), type);
    assert.deepEqual(ARCHIVE_UIDS, ARCHIVE_TYPES.map(uidOf));
    assert.equal(typeOfUid('plugin::upload.file'), undefined);
    assert.throws(() => typeOf('plugin::upload.file'), /not one of the archive's content types/);
    assert.deepEqual(CONSENT_TYPES, ['media-item', 'person']);
    assert.deepEqual(
      reverseLinks('language').map(({ source, field }) => `${source}.${field}`),
      ['ethnic-group.languages', 'media-item.languages'],
    );
    assert.deepEqual(linksTo('language'), [{ source: 'language', field: 'speakingGroups', target: 'ethnic-group' }]);
  });

  it('is the only code that spells a content type uid', () => {
    // Built from the model, so this file does not spell them either.
    const uids = new RegExp(ARCHIVE_UIDS.map((uid) => uid.replace(/[.]/g, '\\.')).join('|'));
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'node_modules') walk(full);
        } else if (/\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) && uids.test(readFileSync(full, 'utf8'))) {
          offenders.push(path.relative(ROOT, full));
        }
      }
    };
    for (const dir of ['src', 'scripts', 'tests', 'config', 'database']) walk(path.join(ROOT, dir));
    assert.deepEqual(offenders, [path.join('src', 'content-model', 'index.ts')]);
  });
});

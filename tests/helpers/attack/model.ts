/**
 * The attack surface as the running app declares it: every content type's
 * filterable fields and relation hops, read from `strapi.getModel` so that a
 * new attribute or relation is attacked without anyone listing it here.
 */
import type { Core } from '@strapi/strapi';

export type FieldKind = 'text' | 'number' | 'date' | 'boolean' | 'enum' | 'other';

export interface Field {
  name: string;
  kind: FieldKind;
  values?: readonly string[];
  isPrivate: boolean;
  isLocalized: boolean;
}

export interface Hop {
  name: string;
  /** relation: another record (or the same type); component: a component; media: an upload file. */
  kind: 'relation' | 'component' | 'media';
  target: string;
  isToMany: boolean;
  isPrivate: boolean;
}

export interface ModelShape {
  uid: string;
  fields: Field[];
  hops: Hop[];
}

export type Shapes = Record<string, ModelShape>;

interface RawAttribute {
  type: string;
  target?: string;
  component?: string;
  relation?: string;
  repeatable?: boolean;
  multiple?: boolean;
  private?: boolean;
  enum?: string[];
  pluginOptions?: { i18n?: { localized?: boolean } };
}

const KIND_OF: Record<string, FieldKind> = {
  string: 'text',
  text: 'text',
  richtext: 'text',
  uid: 'text',
  email: 'text',
  integer: 'number',
  biginteger: 'number',
  decimal: 'number',
  float: 'number',
  date: 'date',
  datetime: 'date',
  time: 'other',
  boolean: 'boolean',
  enumeration: 'enum',
  json: 'other',
  password: 'other',
  blocks: 'other',
};

/** Targets worth walking into: the archive's own types, their components and upload files. */
const isWalkable = (uid: string) => uid.startsWith('api::') || !uid.includes('::') || uid === 'plugin::upload.file';

/** Shapes of the given roots and of everything reachable from them through relations, components and media. */
export function describeModels(strapi: Core.Strapi, roots: readonly string[]): Shapes {
  const shapes: Shapes = {};
  const queue = [...roots];
  while (queue.length) {
    const uid = queue.shift()!;
    if (shapes[uid]) continue;
    const model = strapi.getModel(uid as never) as unknown as { attributes: Record<string, RawAttribute> } | undefined;
    if (!model) continue;
    const shape: ModelShape = { uid, fields: [{ name: 'id', kind: 'number', isPrivate: false, isLocalized: false }], hops: [] };
    if (uid.startsWith('api::')) shape.fields.push({ name: 'documentId', kind: 'text', isPrivate: false, isLocalized: false });
    for (const [name, attribute] of Object.entries(model.attributes)) {
      const isPrivate = Boolean(attribute.private);
      const isLocalized = attribute.pluginOptions?.i18n?.localized !== false;
      if (attribute.type === 'relation' && attribute.target) {
        if (!isWalkable(attribute.target)) continue;
        shape.hops.push({ name, kind: 'relation', target: attribute.target, isToMany: /ToMany$/.test(attribute.relation ?? ''), isPrivate });
        queue.push(attribute.target);
      } else if (attribute.type === 'component' && attribute.component) {
        shape.hops.push({ name, kind: 'component', target: attribute.component, isToMany: Boolean(attribute.repeatable), isPrivate });
        queue.push(attribute.component);
      } else if (attribute.type === 'media') {
        shape.hops.push({ name, kind: 'media', target: 'plugin::upload.file', isToMany: Boolean(attribute.multiple), isPrivate });
        queue.push('plugin::upload.file');
      } else if (KIND_OF[attribute.type] && KIND_OF[attribute.type] !== 'other') {
        shape.fields.push({ name, kind: KIND_OF[attribute.type], values: attribute.enum, isPrivate, isLocalized });
      }
    }
    shapes[uid] = shape;
  }
  return shapes;
}

/** The plain string and text attributes of a model or component that a person types (not codes, not slugs). */
export function typedTextAttributes(strapi: Core.Strapi, uid: string): Array<{ name: string; isLocalized: boolean; maxLength?: number }> {
  const model = strapi.getModel(uid as never) as unknown as { attributes: Record<string, RawAttribute & { maxLength?: number }> };
  return Object.entries(model.attributes)
    .filter(([, attribute]) => ['string', 'text', 'richtext'].includes(attribute.type))
    .map(([name, attribute]) => ({ name, isLocalized: attribute.pluginOptions?.i18n?.localized !== false, maxLength: attribute.maxLength }));
}

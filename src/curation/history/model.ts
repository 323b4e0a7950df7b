/**
 * The little of a Strapi schema that history needs, so that the pure modules
 * (populate, snapshot, restore data) take a `getModel` function instead of the
 * running app and can be tested with hand-written schemas.
 */
export interface AttributeInfo {
  type: string;
  component?: string;
  components?: string[];
  relation?: string;
  target?: string;
  multiple?: boolean;
  repeatable?: boolean;
  unstable_virtual?: boolean;
}

export interface ModelInfo {
  attributes: Record<string, AttributeInfo>;
}

export type GetModel = (uid: string) => ModelInfo | undefined;

/** How a field is compared and shown in a diff. */
export type FieldKind = 'value' | 'text' | 'component' | 'components' | 'relation' | 'media';

/**
 * Fields left out of a snapshot: they change on every save (times, the last
 * editor) or are Strapi's bookkeeping; the version row keeps author and time.
 */
export const NOISE_FIELDS = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'firstPublishedAt',
  'createdBy',
  'updatedBy',
  'localizations',
]);

const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'blocks', 'email']);

/** Relations the database layer stores (not morph or virtual ones, which restore cannot write back). */
export const isStoredRelation = (attribute: AttributeInfo): boolean =>
  attribute.type === 'relation' && !attribute.unstable_virtual && !String(attribute.relation ?? '').startsWith('morph');

export const isToMany = (attribute: AttributeInfo): boolean => /Many$/.test(String(attribute.relation ?? ''));

export function kindOf(attribute: AttributeInfo): FieldKind {
  if (attribute.type === 'relation') return 'relation';
  if (attribute.type === 'media') return 'media';
  if (attribute.type === 'dynamiczone') return 'components';
  if (attribute.type === 'component') return attribute.repeatable ? 'components' : 'component';
  if (TEXT_TYPES.has(attribute.type)) return 'text';
  return 'value';
}

/**
 * What the guard needs to know of the content model, and the few facts it
 * derives from it. Kept apart so the filter, sort and populate rewrites read
 * the schema the same way.
 */
export interface Attribute {
  type: string;
  target?: string;
  component?: string;
  relation?: string;
  private?: boolean;
}
export interface ModelInfo {
  attributes: Record<string, Attribute>;
  options?: { draftAndPublish?: boolean };
}
export type SchemaLookup = (uid: string) => ModelInfo | undefined;

export type Params = Record<string, unknown>;

export const isPlainObject = (value: unknown): value is Params =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isGuarded = (model: ModelInfo | undefined): boolean => Boolean(model?.attributes.accessLevel);
export const hasDraftAndPublish = (model: ModelInfo | undefined): boolean => Boolean(model?.options?.draftAndPublish);

/**
 * Columns every row has, whether or not the schema lists them. `locale` is a
 * string column; the others are typed so their values can be checked before
 * they reach the database (PostgreSQL answers a bad integer with an error).
 */
export const SYSTEM_FIELDS: Record<string, Attribute> = {
  id: { type: 'integer' },
  documentId: { type: 'string' },
  locale: { type: 'string' },
  createdAt: { type: 'datetime' },
  updatedAt: { type: 'datetime' },
  publishedAt: { type: 'datetime' },
};

/**
 * Relations a public-channel query may follow: only to the archive's own
 * record types, which all carry an access level. Editors (`createdBy`), users
 * and upload files are never reachable from the content API.
 */
export function followableTarget(attribute: Attribute | undefined, schemaOf: SchemaLookup): string | undefined {
  if (attribute?.type !== 'relation' || !attribute.target || attribute.private) return undefined;
  if (!attribute.target.startsWith('api::')) return undefined;
  return isGuarded(schemaOf(attribute.target)) ? attribute.target : undefined;
}

/** The attribute a field name refers to: a schema attribute or a system column. */
export function attributeOf(model: ModelInfo | undefined, name: string): Attribute | undefined {
  return model?.attributes[name] ?? SYSTEM_FIELDS[name];
}

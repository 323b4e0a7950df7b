/**
 * Commune scope, as pure rules. An officer is assigned communes or wards;
 * their scope is those places and everything inside them (villages, sites).
 * A record is in scope when one of its places lies in the scope; a record
 * with no place is in scope only for the officer who created it (their own
 * unplaced draft). Curators and super admins have no scope: they see and edit
 * everything.
 */

/** How each type names its places; a type with no place (language) is only its creator's. */
export type PlaceLink = { kind: 'many'; field: string } | { kind: 'one'; field: string } | { kind: 'self' } | { kind: 'none' };

export const PLACE_LINKS: Record<string, PlaceLink> = {
  festival: { kind: 'many', field: 'places' },
  custom: { kind: 'many', field: 'places' },
  'ethnic-group': { kind: 'many', field: 'places' },
  story: { kind: 'many', field: 'places' },
  'media-item': { kind: 'one', field: 'place' },
  person: { kind: 'one', field: 'place' },
  place: { kind: 'self' },
  language: { kind: 'none' },
};

/** Roles that are never scoped. */
export const UNSCOPED_ROLES = new Set(['strapi-super-admin', 'di-san-curator']);
export const SCOPED_ROLE = 'di-san-cultural-officer';

/** Only officers who hold no curator or super admin role are scoped. */
export function isScoped(roleCodes: readonly string[]): boolean {
  return roleCodes.includes(SCOPED_ROLE) && !roleCodes.some((code) => UNSCOPED_ROLES.has(code));
}

export interface RecordPlaces {
  /** documentIds of the record's places (for a place: itself and its parent). */
  places: string[];
  /** Admin user id of the record's creator, or null. */
  createdBy: number | null;
}

/** May an officer with this scope edit a record placed like this? */
export function isInScope(record: RecordPlaces, scope: { userId: number; places: ReadonlySet<string> }): boolean {
  if (record.places.length === 0) return record.createdBy === scope.userId;
  return record.places.some((place) => scope.places.has(place));
}

/**
 * The RBAC condition's filter for one type (Strapi evaluates it on lists and
 * on each record the content-manager acts on): in the scope, or created by
 * the officer. The stricter "own and unplaced" rule is checked on writes.
 */
export function scopeFilter(type: string, scope: { userId: number; places: readonly string[] }): Record<string, unknown> {
  const link = PLACE_LINKS[type] ?? { kind: 'none' };
  const own = { 'createdBy.id': scope.userId };
  const places = [...scope.places];
  switch (link.kind) {
    case 'many':
    case 'one':
      return { $or: [{ [`${link.field}.documentId`]: { $in: places } }, own] };
    case 'self':
      return { $or: [{ documentId: { $in: places } }, own] };
    case 'none':
      return own;
  }
}

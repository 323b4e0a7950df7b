import type { Core } from '@strapi/strapi';
import { PLACE_LINKS, scopeFilter } from '../plan';
import { scopeOf } from './load';

/** One RBAC condition per way a type names its places (conditions are shared across subjects). */
const CONDITIONS = {
  places: { type: 'festival', displayName: 'Trong xã được giao (địa danh) / In assigned communes (places)' },
  place: { type: 'media-item', displayName: 'Trong xã được giao (địa danh) / In assigned communes (place)' },
  self: { type: 'place', displayName: 'Trong xã được giao (chính địa danh) / In assigned communes (the place itself)' },
  own: { type: 'language', displayName: 'Do mình tạo / Created by me' },
} as const;

type ConditionName = keyof typeof CONDITIONS;
const nameOf = (key: ConditionName) => `di-san-scope-${key}`;

/** The condition id (Strapi's `api::<name>`) that scopes updates of a type. */
export function scopeConditionId(type: string): string {
  const link = PLACE_LINKS[type] ?? { kind: 'none' };
  const key: ConditionName =
    link.kind === 'many' ? 'places' : link.kind === 'one' ? 'place' : link.kind === 'self' ? 'self' : 'own';
  return `api::${nameOf(key)}`;
}

/**
 * Registers the scope conditions with Strapi's RBAC (a Community Edition
 * feature). Strapi evaluates them on each record the content-manager updates,
 * bulk actions included, and narrows queries by them; the document-service
 * check (write-check.ts) guards what the conditions cannot see, such as the
 * places a write is about to set.
 */
export async function registerScopeConditions(strapi: Core.Strapi): Promise<void> {
  const provider = strapi.service('admin::permission').conditionProvider;
  for (const [key, { type, displayName }] of Object.entries(CONDITIONS) as Array<[ConditionName, (typeof CONDITIONS)[ConditionName]]>) {
    if (provider.has(`api::${nameOf(key)}`)) continue;
    await provider.register({
      displayName,
      name: nameOf(key),
      async handler(user: { id: number; roles?: Array<{ code: string }> }) {
        const scope = await scopeOf(strapi, user);
        // A curator holding the officer role too is not scoped.
        if (!scope) return true;
        return scopeFilter(type, { userId: scope.userId, places: [...scope.places] });
      },
    });
  }
}

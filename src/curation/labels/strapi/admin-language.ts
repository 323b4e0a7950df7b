import type { Core } from '@strapi/strapi';

/**
 * New admin users start in Vietnamese: most officers read Vietnamese, not
 * English. The admin panel switches to a user's `preferedLanguage` (Strapi's
 * spelling) at sign-in; a user who picks English in their profile keeps it.
 */
export function startAdminsInVietnamese(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: ['admin::user'],
    beforeCreate(event) {
      const data = event.params.data as Record<string, unknown> | undefined;
      if (data) data.preferedLanguage ??= 'vi';
    },
  });
}

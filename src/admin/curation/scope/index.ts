/** Admin UI of commune scope (docs/curation.md#commune-scope): a settings page where a super admin assigns communes to officers. */
import type { StrapiApp } from '@strapi/strapi/admin';
import { en, vi } from './text';

export { en, vi };

export function register(app: StrapiApp): void {
  app.addSettingsLink(
    { id: 'di-san', intlLabel: { id: 'di-san.scope.section', defaultMessage: vi['di-san.scope.section'] } },
    {
      id: 'di-san-scope',
      to: 'pham-vi-xa',
      intlLabel: { id: 'di-san.scope.menu', defaultMessage: vi['di-san.scope.menu'] },
      // Assigning communes is a super admin's task (the server answers 403 to anyone else); by default
      // only super admins may edit admin users, so the link shows to the same people.
      permissions: [{ action: 'admin::users.update', subject: null }],
      Component: () => import('./ScopePage'),
    },
  );
}

export function bootstrap(_app: StrapiApp): void {}

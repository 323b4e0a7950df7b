/**
 * Admin UI of researcher requests (docs/researchers.md): the "Nhà nghiên cứu"
 * page. The link shows to users who may publish (curators) and super admins,
 * the roles the server lets review; anyone else who opens the address is told
 * so plainly.
 */
import { User } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { en, vi } from './text';

export { en, vi };

export function register(app: StrapiApp): void {
  app.addMenuLink({
    to: 'nha-nghien-cuu',
    icon: User,
    intlLabel: { id: 'di-san.researchers.menu', defaultMessage: vi['di-san.researchers.menu'] },
    permissions: [{ action: 'plugin::content-manager.explorer.publish', subject: null }],
    Component: () => import('./RequestsPage'),
  });
}

export function bootstrap(_app: StrapiApp): void {}

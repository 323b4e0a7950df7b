/**
 * Admin UI of the audit log (docs/curation.md § Audit log): the "Nhật ký"
 * page. The link shows to users who may publish (curators) and super admins;
 * the server decides who may read (super admins and curators), and the page
 * says so plainly to anyone else who opens its address.
 */
import { Book } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { en as enMessages, vi as viMessages } from './messages';

export const vi: Record<string, string> = { ...viMessages };
export const en: Record<string, string> = { ...enMessages };

/** Menu links and home widgets (the admin's register phase). */
export function register(app: StrapiApp): void {
  app.addMenuLink({
    to: 'nhat-ky',
    icon: Book,
    intlLabel: { id: 'di-san.audit.menu', defaultMessage: viMessages['di-san.audit.menu'] },
    // Any content-manager publish right (no subject: on any type); super admins hold them all.
    permissions: [{ action: 'plugin::content-manager.explorer.publish', subject: null }],
    Component: () => import('./AuditPage'),
  });
}

/** Content-manager additions (the bootstrap phase): none. */
export function bootstrap(_app: StrapiApp): void {}

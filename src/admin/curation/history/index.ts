/**
 * Admin UI of record history (docs/curation.md § History): a "Lịch sử" panel
 * on the edit view of every archive type, opening a window with the versions
 * of the current locale, a diff of any two, and restore as a new draft.
 */
import type { StrapiApp } from '@strapi/strapi/admin';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { HistoryPanel } from './HistoryPanel';
import { en as enMessages, vi as viMessages } from './messages';

export const vi: Record<string, string> = { ...viMessages };
export const en: Record<string, string> = { ...enMessages };

/** Menu links and home widgets (the admin's register phase): none, history lives on the edit view. */
export function register(_app: StrapiApp): void {}

/** Content-manager additions (the bootstrap phase): the side panel; it shows itself only on archive types. */
export function bootstrap(app: StrapiApp): void {
  const contentManager = app.getPlugin('content-manager') as unknown as { apis: ContentManagerPlugin['config']['apis'] };
  contentManager.apis.addEditViewSidePanel([HistoryPanel]);
}

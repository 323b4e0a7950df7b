/** Admin UI of consent withdrawal (docs/curation.md#consent-withdrawal): a curator's action on people and media items. */
import type { StrapiApp } from '@strapi/strapi/admin';
import { WithdrawAction } from './WithdrawAction';
import { en, vi } from './text';

export { en, vi };

export function register(_app: StrapiApp): void {}

export function bootstrap(app: StrapiApp): void {
  (app.getPlugin('content-manager').apis as { addDocumentAction(actions: unknown[]): void }).addDocumentAction([WithdrawAction]);
}

/**
 * Admin UI of the review part of curation (see docs/curation.md#review): the
 * edit view's review panel, the "Chờ duyệt" page, its home widget and a
 * button to it in every archive list view. The server decides everything;
 * this UI shows the state and asks for transitions.
 */
import { Clock } from '@strapi/icons';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import { createElement } from 'react';
import { ListQueueButton } from './ListQueueButton';
import { QUEUE_PATH } from './paths';
import { ReviewPanel } from './ReviewPanel';
import { en as enMessages, vi as viMessages } from './translations';

export const vi: Record<string, string> = viMessages;
export const en: Record<string, string> = enMessages;

const label = (id: keyof typeof viMessages) => ({ id, defaultMessage: viMessages[id] });

/** Menu link and home widget (the admin's register phase). */
export function register(app: StrapiApp): void {
  app.addMenuLink({
    to: QUEUE_PATH,
    icon: Clock,
    intlLabel: label('di-san.review.queue.menu'),
    // Everyone signed in: the server lists only the types each person may read.
    permissions: [],
    Component: () => import('./QueuePage'),
  });
  app.widgets.register({
    id: 'di-san-review-queue',
    icon: Clock,
    title: label('di-san.review.widget.title'),
    link: { label: label('di-san.review.widget.link'), href: `/${QUEUE_PATH}` },
    component: () => import('./QueueWidget').then((module) => module.default),
  });
}

/** The review panel on every archive edit view and the queue button on their list views (the bootstrap phase). */
export function bootstrap(app: StrapiApp): void {
  const contentManager = app.getPlugin('content-manager');
  (contentManager.apis as ContentManagerPlugin['config']['apis']).addEditViewSidePanel([ReviewPanel]);
  contentManager.injectComponent('listView', 'actions', { name: 'di-san-review-queue', Component: () => createElement(ListQueueButton) });
}

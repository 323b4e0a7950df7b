/** Admin UI of the history part of curation (see docs/curation.md). */
import type { StrapiApp } from '@strapi/strapi/admin';

export const vi: Record<string, string> = {};
export const en: Record<string, string> = {};

/** Menu links and home widgets (the admin's register phase). */
export function register(_app: StrapiApp): void {}

/** Content-manager additions: panels, document actions, list actions (the bootstrap phase). */
export function bootstrap(_app: StrapiApp): void {}

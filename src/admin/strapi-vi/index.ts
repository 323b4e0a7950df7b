/**
 * Vietnamese for the parts of Strapi's admin that its own vi.json leaves in
 * English, as one flat map for `config.translations.vi`. app.tsx spreads it
 * before the project's own texts, so field labels and curation texts win.
 *
 * Each file holds one package's keys as Strapi writes them in its en.json;
 * here they get the prefix the package's registerTrads adds (the admin's own
 * keys and our type names have none). unlisted.ts holds full ids that Strapi's
 * code uses without an en.json entry.
 */
import admin from './admin';
import contentManager from './content-manager';
import contentTypes from './content-types';
import email from './email';
import i18n from './i18n';
import unlisted from './unlisted';
import upload from './upload';
import usersPermissions from './users-permissions';

/** Package texts by the prefix its keys get in the admin ('' for none). */
export const strapiPackages: Record<string, Record<string, string>> = {
  '': admin,
  'content-manager': contentManager,
  upload,
  i18n,
  'users-permissions': usersPermissions,
  email,
};

function prefixed(prefix: string, texts: Record<string, string>): Record<string, string> {
  if (!prefix) return texts;
  return Object.fromEntries(Object.entries(texts).map(([key, text]) => [`${prefix}.${key}`, text]));
}

export const strapiVietnamese: Record<string, string> = Object.assign(
  {},
  ...Object.entries(strapiPackages).map(([prefix, texts]) => prefixed(prefix, texts)),
  contentTypes,
  unlisted,
);

export { contentTypes, unlisted };

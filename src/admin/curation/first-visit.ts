/**
 * What the admin panel does before it first renders, in the browser.
 *
 * - Vietnamese on the login page: Strapi reads the language from localStorage
 *   and falls back to English; after sign-in it follows the user's own
 *   preference (new users get Vietnamese on the server). A visitor who chose
 *   English keeps it.
 * - No upstream promotion: the "Introducing the new Media Library" banner has
 *   no configuration switch, only a per-browser "dismissed" flag, keyed by
 *   the feature flag and the project's uuid (false here: telemetry is off,
 *   package.json → strapi.telemetryDisabled; undefined while loading).
 */
const LANGUAGE_KEY = 'strapi-admin-language';
const BANNER_KEYS = ['true', 'false'].flatMap((flag) =>
  ['false', 'undefined'].map((uuid) => `STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${flag}:${uuid}`),
);

export function prepareFirstVisit(storage: Storage = window.localStorage): void {
  if (!storage.getItem(LANGUAGE_KEY)) storage.setItem(LANGUAGE_KEY, 'vi');
  for (const key of BANNER_KEYS) if (storage.getItem(key) !== 'true') storage.setItem(key, 'true');
}

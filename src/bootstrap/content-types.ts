/** The locales of the admin panel and the site; the content types themselves are described in src/content-model. */
export const UI_LOCALES = [
  { code: 'vi', name: 'Tiếng Việt (vi)' },
  { code: 'en', name: 'English (en)' },
] as const;
export const DEFAULT_LOCALE = 'vi';

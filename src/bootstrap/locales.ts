import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, UI_LOCALES } from './content-types';

/** Vietnamese is the default UI and content locale, English the second; idempotent. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  for (const { code, name } of UI_LOCALES) {
    if (!(await locales.findByCode(code))) await locales.create({ code, name });
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) {
    await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
  }
}

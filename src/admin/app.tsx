/**
 * Admin panel customisation: Vietnamese as the default admin language, with
 * Vietnamese and English labels on every field, and a page for resumable
 * (tus) uploads, shown to users who may upload to the library.
 */
import { CloudUpload } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { ARCHIVE_UIDS } from '../content-model';
import { fieldTranslations } from '../curation/labels/fields';
import { bootstrapCuration, curationTranslations, registerCuration } from './curation';
import { prepareFirstVisit } from './curation/first-visit';
import { strapiVietnamese } from './strapi-vi';
import { en, vi } from './tus/translations';

prepareFirstVisit();

export default {
  config: {
    locales: ['vi'],
    // Field labels in both languages (help texts are in the view configuration, set at bootstrap).
    // Strapi's own screens get the Vietnamese its vi.json lacks, first, so our texts win.
    translations: {
      vi: { ...strapiVietnamese, ...vi, ...fieldTranslations(ARCHIVE_UIDS, 'vi'), ...curationTranslations.vi },
      en: { ...en, ...fieldTranslations(ARCHIVE_UIDS, 'en'), ...curationTranslations.en },
    },
  },
  register(app: StrapiApp) {
    app.addMenuLink({
      to: 'tai-len-video',
      icon: CloudUpload,
      intlLabel: { id: 'di-san.tus.menu', defaultMessage: vi['di-san.tus.menu'] },
      permissions: [{ action: 'plugin::upload.assets.create', subject: null }],
      Component: () => import('./tus/ResumableUploadPage'),
    });
    registerCuration(app);
  },
  bootstrap(app: StrapiApp) {
    bootstrapCuration(app);
  },
};

/**
 * Admin panel customisation: Vietnamese as an admin language, and a page
 * for resumable (tus) uploads, shown to users who may upload to the library.
 */
import { CloudUpload } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { en, vi } from './tus/translations';

export default {
  config: {
    locales: ['vi'],
    translations: { vi, en },
  },
  register(app: StrapiApp) {
    app.addMenuLink({
      to: 'tai-len-video',
      icon: CloudUpload,
      intlLabel: { id: 'di-san.tus.menu', defaultMessage: vi['di-san.tus.menu'] },
      permissions: [{ action: 'plugin::upload.assets.create', subject: null }],
      Component: () => import('./tus/ResumableUploadPage'),
    });
  },
  bootstrap() {},
};

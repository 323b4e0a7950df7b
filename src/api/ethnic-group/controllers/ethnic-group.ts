import { factories } from '@strapi/strapi';
import { withLocaleFallback } from '../../../locale/with-locale-fallback';

export default factories.createCoreController('api::ethnic-group.ethnic-group', withLocaleFallback());

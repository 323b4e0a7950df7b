import { factories } from '@strapi/strapi';
import { uidOf } from '../../../content-model';
import { withLocaleFallback } from '../../../locale/with-locale-fallback';

export default factories.createCoreController(uidOf('ethnic-group'), withLocaleFallback());

import { factories } from '@strapi/strapi';
import { uidOf } from '../../../content-model';
import { withLocaleFallback } from '../../../locale/with-locale-fallback';
import { withCitation } from '../../../cite/rest';

export default factories.createCoreController(uidOf('place'), withCitation('place', withLocaleFallback()));

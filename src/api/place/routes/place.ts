import { factories } from '@strapi/strapi';
import { uidOf } from '../../../content-model';

export default factories.createCoreRouter(uidOf('place'));

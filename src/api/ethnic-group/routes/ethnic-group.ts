import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::ethnic-group.ethnic-group');

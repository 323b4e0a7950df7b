import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::ethnic-group.ethnic-group');

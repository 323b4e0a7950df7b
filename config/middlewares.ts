import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  'global::health',
  'global::researcher-token',
  'global::oai-path',
  'global::media-files',
  'global::iiif',
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'global::read-only-content-api',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'global::site',
  'strapi::public',
];

export default config;

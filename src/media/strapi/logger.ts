import type { Core } from '@strapi/strapi';
import type { MediaLogger } from '../types';

/** The media modules log through Strapi's logger. */
export const mediaLogger = (strapi: Core.Strapi): MediaLogger & { error(message: string): void; info(message: string): void } => ({
  warn: (message: string) => strapi.log.warn(message),
  error: (message: string) => strapi.log.error(message),
  info: (message: string) => strapi.log.info(message),
});

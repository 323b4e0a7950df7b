import type { Core } from '@strapi/strapi';
import { createTokenGate } from '../researchers/strapi/token-gate';

/** Researchers' own read tokens on REST, OAI-PMH and IIIF (src/researchers/strapi/token-gate.ts). */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => createTokenGate(strapi);

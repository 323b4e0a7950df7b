import type { Core } from '@strapi/strapi';
import { createIiifHandler, type IiifCtx } from '../iiif/serve/handler';

/** The IIIF channel at /iiif/ (src/iiif): manifests, collections and level 0 image services for viewers. */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const handle = createIiifHandler(strapi);
  return async (ctx: IiifCtx, next: () => Promise<void>) => {
    if (!(await handle(ctx))) await next();
  };
};

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { archive } from '../../../archive';
import { instantSearch, InvalidSearchTokenError } from '../../../search/api/instant-run';
import { answerSearchErrors } from '../../../search/api/respond';

/** POST /api/catalogue/instant[/multi-search]: the browser's instant-search proxy (decision in src/search/api/instant.ts). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async multiSearch(ctx: { get(name: string): string; request: { body?: unknown }; status: number; body: unknown }) {
    const token = /^Bearer (\S+)$/.exec(ctx.get('authorization'))?.[1] ?? null;
    await answerSearchErrors(ctx, strapi.log, async () => {
      try {
        ctx.body = await instantSearch({ token, body: ctx.request.body, search: archive(strapi).search });
      } catch (error) {
        if (error instanceof InvalidSearchTokenError) throw new errors.UnauthorizedError(error.message);
        throw error;
      }
    });
  },
});

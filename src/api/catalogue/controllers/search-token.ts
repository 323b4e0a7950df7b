import type { Core } from '@strapi/strapi';
import { audienceOf } from '../../../access/audience';
import { archive } from '../../../archive';
import { issueSearchToken } from '../../../search/api/instant-run';
import { answerSearchErrors } from '../../../search/api/respond';

/**
 * GET /api/catalogue/search-token → a 10-minute Meilisearch tenant token that
 * can only see what the caller may see, and the proxy `host` to use it with
 * (meilisearch-js / instant-meilisearch: `{ host, apiKey: token }`).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: { state: Parameters<typeof audienceOf>[0]; origin: string; status: number; body: unknown; set(name: string, value: string): void }) {
    await answerSearchErrors(ctx, strapi.log, async () => {
      const audience = audienceOf(ctx.state);
      const issued = await issueSearchToken({ audience, search: archive(strapi).search });
      const base = String(strapi.config.get('server.url', '') || ctx.origin).replace(/\/+$/, '');
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: { ...issued, host: `${base}/api/catalogue/instant`, audience }, meta: {} };
    });
  },
});

import type { Core } from '@strapi/strapi';
import { audienceOf } from '../../../access/audience';
import { archive } from '../../../archive';
import { parseSearchParams } from '../../../search/query';
import { searchCatalogue } from '../../../search/search';
import { answerSearchErrors } from '../../../search/api/respond';

/**
 * GET /api/catalogue/search?q=…&locale=vi|en&type=…&ethnicGroup=…&language=…&place=…
 *   &month=1–12[&calendar=lunar|solar]&mediaKind=…&heritage=…&decade=…&sort=…&page=…&pageSize=…
 * Records and transcript segments the caller may see (see src/search/query.ts).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: { query: Record<string, unknown>; state: Parameters<typeof audienceOf>[0]; status: number; body: unknown }) {
    await answerSearchErrors(ctx, strapi.log, async () => {
      const params = parseSearchParams(ctx.query);
      const audience = audienceOf(ctx.state);
      const result = await searchCatalogue({ params, audience, search: archive(strapi).search });
      const { q, locale, sort, page, pageSize, ...filters } = params;
      ctx.body = { data: result, meta: { q, locale, sort, filters, audience } };
    });
  },
});

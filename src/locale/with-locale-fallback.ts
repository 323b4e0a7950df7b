import { DEFAULT_LOCALE } from '../bootstrap/content-types';
import { readManyWithFallback, readOneWithFallback } from './fallback';

interface Ctx {
  query: Record<string, unknown>;
  status?: number;
  body?: unknown;
}
interface Entry {
  documentId: string;
  locale?: string;
}
interface ListResponse {
  data: Entry[];
  meta: Record<string, unknown>;
}
interface CoreController {
  find(ctx: Ctx): Promise<ListResponse>;
  findOne(ctx: Ctx): Promise<{ data: Entry | null; meta?: Record<string, unknown> } | undefined>;
}

/**
 * Locale fallback for REST reads (the rule is in ./fallback): each entry's
 * `locale` says which one was served; `meta.localeFallback` lists the
 * documents that fell back.
 */
export function withLocaleFallback() {
  return () => ({
    async find(this: CoreController, ctx: Ctx) {
      const requested = typeof ctx.query.locale === 'string' ? ctx.query.locale : DEFAULT_LOCALE;
      if (requested === DEFAULT_LOCALE || requested === '*') return super_find(this, ctx);
      const original = ctx.query;
      let meta: Record<string, unknown> = {};
      const { rows, fellBack } = await readManyWithFallback({
        requested,
        readBase: async () => {
          ctx.query = { ...original, locale: DEFAULT_LOCALE };
          const base = await super_find(this, ctx);
          meta = base.meta;
          return base.data;
        },
        readTranslations: async (ids) => {
          ctx.query = { ...original, locale: requested, filters: { documentId: { $in: ids } }, pagination: { page: 1, pageSize: ids.length } };
          delete ctx.query.sort;
          return (await super_find(this, ctx)).data;
        },
      });
      ctx.query = original;
      return { data: rows, meta: { ...meta, localeFallback: { requested, fallback: DEFAULT_LOCALE, documents: fellBack } } };
    },

    async findOne(this: CoreController, ctx: Ctx) {
      const requested = typeof ctx.query.locale === 'string' ? ctx.query.locale : DEFAULT_LOCALE;
      const original = ctx.query;
      const { result, fellBack } = await readOneWithFallback({
        requested,
        read: (locale) => {
          ctx.query = locale === requested ? original : { ...original, locale };
          return super_findOne(this, ctx);
        },
        isFound: (response) => Boolean(response?.data),
      });
      ctx.query = original;
      if (!fellBack || !result) return result;
      ctx.status = 200;
      return { ...result, meta: { ...result.meta, localeFallback: { requested, fallback: DEFAULT_LOCALE } } };
    },
  });
}

// Strapi builds controllers with the core controller as prototype; these reach it explicitly.
function super_find(self: CoreController, ctx: Ctx): Promise<ListResponse> {
  return Object.getPrototypeOf(self).find.call(self, ctx);
}
function super_findOne(self: CoreController, ctx: Ctx): ReturnType<CoreController['findOne']> {
  return Object.getPrototypeOf(self).findOne.call(self, ctx);
}

import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '../bootstrap/content-types';

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
 * Locale fallback for REST reads. Vietnamese is the archive's working language
 * and every record exists in it; English is added as translators get to it.
 * So a list in another locale is the Vietnamese list (same filters, order and
 * pagination) with each record swapped for its translation where one exists,
 * and a single record falls back to Vietnamese. Each entry's `locale` says
 * which one was served; `meta.localeFallback` lists the documents that fell back.
 */
export function withLocaleFallback(_uid: string) {
  return ({ strapi: _strapi }: { strapi: Core.Strapi }) => ({
    async find(this: CoreController, ctx: Ctx) {
      const requested = typeof ctx.query.locale === 'string' ? ctx.query.locale : DEFAULT_LOCALE;
      if (requested === DEFAULT_LOCALE || requested === '*') return super_find(this, ctx);
      const original = ctx.query;
      ctx.query = { ...original, locale: DEFAULT_LOCALE };
      const base = await super_find(this, ctx);
      const ids = base.data.map((entry) => entry.documentId);
      let translated: Entry[] = [];
      if (ids.length > 0) {
        ctx.query = {
          ...original,
          locale: requested,
          filters: { documentId: { $in: ids } },
          pagination: { page: 1, pageSize: ids.length },
        };
        delete ctx.query.sort;
        translated = (await super_find(this, ctx)).data;
      }
      ctx.query = original;
      const byId = new Map(translated.map((entry) => [entry.documentId, entry]));
      const fellBack = ids.filter((id) => !byId.has(id));
      return {
        data: base.data.map((entry) => byId.get(entry.documentId) ?? entry),
        meta: { ...base.meta, localeFallback: { requested, fallback: DEFAULT_LOCALE, documents: fellBack } },
      };
    },

    async findOne(this: CoreController, ctx: Ctx) {
      const requested = typeof ctx.query.locale === 'string' ? ctx.query.locale : DEFAULT_LOCALE;
      const response = await super_findOne(this, ctx);
      if (response?.data || requested === DEFAULT_LOCALE) return response;
      const original = ctx.query;
      ctx.query = { ...original, locale: DEFAULT_LOCALE };
      const fallback = await super_findOne(this, ctx);
      ctx.query = original;
      if (!fallback?.data) return response;
      ctx.status = 200;
      return { ...fallback, meta: { ...fallback.meta, localeFallback: { requested, fallback: DEFAULT_LOCALE } } };
    },
  });
}

// Strapi builds controllers with the core controller as prototype; these reach it explicitly.
function super_find(self: CoreController, ctx: Ctx): Promise<ListResponse> {
  return Object.getPrototypeOf(self).find.call(self, ctx);
}
function super_findOne(self: CoreController, ctx: Ctx) {
  return Object.getPrototypeOf(self).findOne.call(self, ctx);
}

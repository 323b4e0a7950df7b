import type { Core } from '@strapi/strapi';
import { audienceOf } from '../../../access/audience';
import { answer } from '../../../oai/answer';
import { oaiPort } from '../../../oai/strapi/port';
import { hostPolicy, siteOrigin } from '../../../site/origin';

interface Ctx {
  method: string;
  protocol: string;
  host: string;
  querystring: string;
  request: { body?: unknown; type?: string };
  state: Parameters<typeof audienceOf>[0];
  status: number;
  type: string;
  body: unknown;
  set(name: string, value: string): void;
}

/** Every argument as the list of its values: a repeated argument is an error the protocol names. */
function argumentsOf(ctx: Ctx): Record<string, string[]> {
  const params: Record<string, string[]> = {};
  const add = (name: string, value: unknown) => {
    for (const item of Array.isArray(value) ? value : [value]) (params[name] ??= []).push(String(item));
  };
  // Parsed here rather than from ctx.query: Strapi's query parser reads brackets as nesting.
  for (const [name, value] of new URLSearchParams(ctx.querystring)) add(name, value);
  if (ctx.method === 'POST' && ctx.request.body && typeof ctx.request.body === 'object') {
    for (const [name, value] of Object.entries(ctx.request.body as Record<string, unknown>)) add(name, value);
  }
  return params;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Ctx) {
    const site = siteOrigin(
      hostPolicy(strapi.config),
      { protocol: ctx.protocol, host: ctx.host },
    );
    ctx.set('Cache-Control', 'no-store');
    if ('isRefused' in site) {
      ctx.status = 421;
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = 'Kho lưu trữ Di Sản không phục vụ tên miền này. / The Di Sản archive is not served under this host name.\n';
      return;
    }
    const port = oaiPort(strapi, { audience: audienceOf(ctx.state), origin: site.origin });
    ctx.type = 'text/xml; charset=utf-8';
    ctx.body = await answer(argumentsOf(ctx), port);
  },
});

import { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { audienceOf } from '../../../access/audience';
import { vietnamToday } from '../../../access/levels';
import { ExportParamsError, parseExportParams } from '../../../export/params';
import { CONTENT_TYPES, exportChunks } from '../../../export/stream';
import { exportPages } from '../../../export/strapi/pages';

interface Ctx {
  query: Record<string, unknown>;
  state: Parameters<typeof audienceOf>[0];
  res: import('node:http').ServerResponse;
  status: number;
  type: string;
  body: unknown;
  set(name: string, value: string): void;
}

/** Exports streaming now on this instance (config/export.ts caps them). */
let running = 0;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Ctx) {
    let params;
    try {
      params = parseExportParams(ctx.query);
    } catch (error) {
      if (error instanceof ExportParamsError) throw new errors.ValidationError(error.message, { parameter: error.parameter });
      throw error;
    }
    if (running >= Number(strapi.config.get('export.maxConcurrent', 4))) {
      ctx.set('Retry-After', '30');
      throw new errors.RateLimitError('Đang có quá nhiều lượt xuất dữ liệu; hãy thử lại sau 30 giây. / Too many exports are running; try again in 30 seconds.');
    }
    running += 1;
    const { type, format, locale } = params;
    const pageSize = Number(strapi.config.get('export.pageSize', 100));
    const pages = exportPages(strapi, { audience: audienceOf(ctx.state), type, locale, pageSize });
    const body = Readable.from(exportChunks({ type, format, pages }), { objectMode: false });
    let isReleased = false;
    const release = () => {
      if (!isReleased) running -= 1;
      isReleased = true;
    };
    body.once('close', release);
    // A read failing halfway: the status line is already sent, so the only
    // honest signal left is a cut connection (a client sees a truncated
    // transfer, never a file that looks complete).
    body.once('error', (error) => {
      strapi.log.error(`export ${type}: ${error.message}`);
      ctx.res.destroy(error);
    });
    ctx.status = 200;
    ctx.type = CONTENT_TYPES[format];
    // What the caller may see depends on who asks: no shared cache may keep it.
    ctx.set('Cache-Control', 'private, no-store');
    ctx.set('Content-Disposition', `attachment; filename="di-san-${type}-${locale}-${vietnamToday()}.${format}"`);
    ctx.body = body;
  },
});

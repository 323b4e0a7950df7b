import { errors } from '@strapi/utils';
import { SearchParamsError, SearchUnavailableError, UNAVAILABLE_MESSAGE } from './errors';

interface Ctx {
  status: number;
  body: unknown;
}

/** Typed search errors → HTTP: 400 with every problem listed, 503 with the app left running. */
export async function answerSearchErrors(ctx: Ctx, log: { warn(message: string): void }, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (error instanceof SearchParamsError) throw new errors.ValidationError(error.message, { problems: error.problems });
    if (!(error instanceof SearchUnavailableError)) throw error;
    log.warn(`search unavailable: ${error.message}`);
    ctx.status = 503;
    ctx.body = { data: null, error: { status: 503, name: 'ServiceUnavailableError', message: UNAVAILABLE_MESSAGE, details: {} } };
  }
}

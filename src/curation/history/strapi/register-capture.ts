import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { isArchiveUid } from '../../../content-model';
import { CAPTURED_ACTIONS, versionTargets } from '../targets';
import { captureVersion } from './capture';

const restoreScope = new AsyncLocalStorage<boolean>();

/** Runs `work` so that the saves it makes are recorded as kind 'restore'. */
export const asRestore = <T>(work: () => Promise<T>): Promise<T> => restoreScope.run(true, work);

/** HISTORY_CAPTURE=false turns capture off; only for the benchmark's baseline (read per write, so it can switch). */
export const captureEnabled = (): boolean => process.env.HISTORY_CAPTURE !== 'false';

/**
 * Records a version after every write to an archive record, whoever makes it
 * (admin panel, bulk actions, seed, scripts): the document service is the one
 * path all of them take. The version is read after the write has finished,
 * so it is what was stored, after Strapi's own transformations. Registered
 * last in register(), so it is the innermost middleware: only Strapi's own
 * write runs inside its transaction.
 */
export function registerHistoryCapture(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!CAPTURED_ACTIONS.has(context.action) || !isArchiveUid(context.uid) || !captureEnabled()) return next();
    // One transaction for the write and its versions (Strapi's own joins it): both or neither.
    return strapi.db.transaction(async () => {
      const result = await next();
      const params = (context.params ?? {}) as Record<string, unknown>;
      const targets = versionTargets(context.action, params, result, restoreScope.getStore() === true);
      for (const target of targets) await captureVersion(strapi, { uid: context.uid, ...target });
      return result;
    });
  });
}

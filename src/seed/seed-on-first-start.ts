import type { Core } from '@strapi/strapi';
import { seedReferenceData } from './seed';

const MARKER = { type: 'core', name: 'di-san', key: 'seeded-at' } as const;

/**
 * Seed once per database, on the first start. Set SEED_ON_START=false to skip
 * (the test harness does, and seeds explicitly where a test needs it).
 */
export async function seedOnFirstStart(strapi: Core.Strapi): Promise<void> {
  if (process.env.SEED_ON_START === 'false') return;
  if (await strapi.store.get(MARKER)) return;
  const startedAt = Date.now();
  strapi.log.info('Seeding reference data (first start)…');
  let lastStep = '';
  const report = await seedReferenceData(strapi, ({ step, done, total }) => {
    if (step !== lastStep) strapi.log.info(`Seeding ${step}… (${done}/${total})`);
    lastStep = step;
  });
  await markSeeded(strapi);
  strapi.log.info(`Seeded reference data in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: ${JSON.stringify(report.created)}`);
}

export async function markSeeded(strapi: Core.Strapi): Promise<void> {
  await strapi.store.set({ ...MARKER, value: new Date().toISOString() });
}

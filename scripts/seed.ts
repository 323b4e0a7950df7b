/** `npm run seed`: seed the reference data (idempotent), with a progress bar. */
import { markSeeded } from '../src/seed/seed-on-first-start';
import { seedReferenceData } from '../src/seed/seed';
import { progressBar } from './lib/progress';
import { withStrapi } from './lib/with-strapi';

process.env.SEED_ON_START = 'false';

withStrapi(async (strapi) => {
  const bar = progressBar('Seeding');
  const report = await seedReferenceData(strapi, ({ step, done, total }) => bar.update(done, total, step));
  await markSeeded(strapi);
  bar.finish(`Created: ${JSON.stringify(report.created)}; already there: ${JSON.stringify(report.existing)}`);
}).then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

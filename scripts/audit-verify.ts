/**
 * `npm run audit:verify`: walk the audit log's hash chain in pages of 1,000
 * and report the first entry that was altered, removed or re-linked. Exit
 * code 1 on a break, so a cron job or CI can alert on it.
 */
import { describeProblem, verifyAuditLog } from '../src/curation/audit/strapi/verify';
import { runScript } from './lib/run-script';
import { withStrapi } from './lib/with-strapi';

runScript(() =>
  withStrapi(async (strapi) => {
    const { entries, problem } = await verifyAuditLog(strapi.db.connection, strapi.db.getSchemaName?.());
    if (problem) {
      console.error(`${describeProblem(problem)} (${entries} entries before it verified)`);
      return 1;
    }
    console.log(`audit: ${entries} entries, chain intact`);
    return 0;
  }),
);

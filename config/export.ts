import type { Core } from '@strapi/strapi';

/** Bulk data at /api/export (src/export). */
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  /**
   * Exports streaming at once on this instance; one more is a 429 with
   * Retry-After. Each holds a database connection's worth of reads for as
   * long as the client takes to download, so a few slow clients must not
   * starve the site of connections.
   */
  maxConcurrent: env.int('EXPORT_MAX_CONCURRENT', 4),
  /** Records per database read (at most 100: the access guard caps a list of ids at 200). */
  pageSize: Math.min(100, Math.max(1, env.int('EXPORT_PAGE_SIZE', 100))),
});

export default config;

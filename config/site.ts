import type { Core } from '@strapi/strapi';

/** The public site's hosts; links use PUBLIC_URL (config/server.ts `url`) first. */
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  /** Host names (`name` for any port, or `name:port`) whose requests may build the site's links when PUBLIC_URL is not set. */
  allowedHosts: env.array('ALLOWED_HOSTS', []) as string[],
  /** Production answers any other host 421; development serves it, uncached. */
  refuseUnknownHosts: env('NODE_ENV', 'development') === 'production',
});

export default config;

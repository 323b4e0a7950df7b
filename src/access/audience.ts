import type { Audience } from './levels';

// Strapi 5 names its API-token strategy 'content-api-token'; older releases used 'api-token'.
const API_TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

interface RequestState {
  auth?: { strategy?: { name?: string } };
  user?: { role?: { type?: string } };
  route?: { info?: { type?: string } };
}

/**
 * The audience of a public-channel request. API tokens are issued by admins
 * to harvesters and partner institutions, so they read as researchers; they
 * never see restricted records, which stay in the admin panel.
 */
export function audienceOf(state: RequestState | undefined): Audience {
  if (API_TOKEN_STRATEGIES.has(state?.auth?.strategy?.name ?? '')) return 'researcher';
  if (state?.user?.role?.type === 'researcher') return 'researcher';
  return 'public';
}

/** True for requests on the REST content API (not the admin panel, not internal calls). */
export function isContentApiRequest(state: RequestState | undefined): boolean {
  return state?.route?.info?.type === 'content-api';
}

/**
 * OAI-PMH's base URL is /oai, where harvesters expect it; the route itself is
 * a content-API route (src/api/oai) so that API tokens and researchers' JWTs
 * are authenticated as on every other read. This hands /oai to that route.
 */
export default () => async (ctx: { path: string }, next: () => Promise<void>) => {
  if (ctx.path === '/oai' || ctx.path === '/oai/') ctx.path = '/api/oai';
  await next();
};

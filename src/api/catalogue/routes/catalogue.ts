/**
 * Catalogue search. Actions end in `find` so read-only API tokens (harvesters)
 * may call them; permissions are granted in src/bootstrap/api-roles.ts.
 * The instant-search proxy authenticates by tenant token itself (auth: false);
 * it has these two paths only and never forwards any other Meilisearch path.
 */
export default {
  routes: [
    { method: 'GET', path: '/catalogue/search', handler: 'catalogue.find', config: { policies: [] } },
    { method: 'GET', path: '/catalogue/search-token', handler: 'search-token.find', config: { policies: [] } },
    { method: 'POST', path: '/catalogue/instant', handler: 'instant.multiSearch', config: { auth: false, policies: [] } },
    { method: 'POST', path: '/catalogue/instant/multi-search', handler: 'instant.multiSearch', config: { auth: false, policies: [] } },
  ],
};

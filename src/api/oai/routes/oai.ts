/**
 * OAI-PMH 2.0. Served at /oai (src/middlewares/oai-path.ts routes it here, so
 * the content API's authentication runs: API tokens and researchers' JWTs
 * read as researchers). The action ends in `find` so read-only API tokens may
 * call it; permissions are granted in src/bootstrap/api-roles.ts. POST is the
 * protocol's form-encoded request, not a write.
 */
export default {
  routes: [
    { method: 'GET', path: '/oai', handler: 'oai.find', config: { policies: [] } },
    { method: 'POST', path: '/oai', handler: 'oai.find', config: { policies: [] } },
  ],
};

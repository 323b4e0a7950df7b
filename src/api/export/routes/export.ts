/**
 * Bulk data: GET /api/export?type=…&format=csv|json|jsonl&locale=vi|en
 * (docs/export.md). A content-API route, so API tokens and researchers'
 * JWTs are authenticated as on every other read; the action ends in `find`
 * so read-only API tokens may call it (granted in src/bootstrap/api-roles.ts).
 */
export default {
  routes: [{ method: 'GET', path: '/export', handler: 'export.find', config: { policies: [] } }],
};

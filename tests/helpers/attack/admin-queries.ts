/**
 * The curation admin API (/di-san/…: review, history, audit, scope, consent,
 * media reprocessing, researcher requests) as an outsider would try it: every route, about every
 * record of the attack archive, hidden or not, with no credentials, a
 * researcher's users-permissions JWT, a content-API token, a forged admin
 * JWT, or a garbage bearer. None of these is an admin sign-in, so every
 * answer must be a refusal (401, 403, 404 or 405) carrying nothing hidden.
 */
import fc from 'fast-check';
import { uidOf } from '../../../src/content-model';
import type { AttackArchive } from './archive';
import type { RequestSpec } from './probe-http';

export interface AdminAttack {
  spec: RequestSpec;
  /** Which credential the request carried (for the failure message). */
  credential: string;
}

type Route = (uid: string, documentId: string, id: number) => Pick<RequestSpec, 'method' | 'path' | 'body'>;

const ROUTES: Route[] = [
  (uid, documentId) => ({ path: `/di-san/review/${uid}/${documentId}?locale=vi` }),
  (uid, documentId) => ({ path: `/di-san/review/${uid}/${documentId}/diff?locale=vi` }),
  () => ({ path: '/di-san/review/queue?state=submitted' }),
  () => ({ path: '/di-san/review/queue?state=mine&pageSize=100' }),
  (uid, documentId) => ({ method: 'POST', path: `/di-san/review/${uid}/${documentId}/submit`, body: { locale: 'vi', note: 'x' } }),
  (uid, documentId) => ({ method: 'POST', path: `/di-san/review/${uid}/${documentId}/approve`, body: { locale: 'vi' } }),
  (uid, documentId) => ({ method: 'POST', path: `/di-san/review/${uid}/${documentId}/request-changes`, body: { locale: 'vi', note: 'x' } }),
  (uid, documentId) => ({ path: `/di-san/history/${uid}/${documentId}` }),
  (_uid, _documentId, id) => ({ path: `/di-san/history/versions/${id}` }),
  (_uid, _documentId, id) => ({ path: `/di-san/history/diff?from=${id}&to=${id + 1}` }),
  (uid, documentId, id) => ({ method: 'POST', path: `/di-san/history/${id}/restore`, body: { uid, documentId, locale: 'vi' } }),
  () => ({ path: '/di-san/audit?pageSize=100' }),
  () => ({ path: '/di-san/audit/export.csv' }),
  (_uid, _documentId, id) => ({ method: 'DELETE', path: `/di-san/audit/${id}` }),
  () => ({ path: '/di-san/scope/me' }),
  () => ({ path: '/di-san/scope/officers' }),
  () => ({ path: '/di-san/scope/communes' }),
  (_uid, documentId, id) => ({ method: 'PUT', path: `/di-san/scope/officers/${id}`, body: { communes: [documentId] } }),
  (uid, documentId) => ({ method: 'POST', path: `/di-san/consent/${uid}/${documentId}/withdraw`, body: { date: '2026-01-01', withdrawnBy: 'x', reason: 'x' } }),
  (_uid, documentId) => ({ method: 'POST', path: `/di-san/media-items/${documentId}/reprocess` }),
  () => ({ method: 'POST', path: '/di-san/media-items/reprocess-failed' }),
  () => ({ path: '/di-san/researcher-requests?status=all' }),
  (_uid, _documentId, id) => ({ method: 'POST', path: `/di-san/researcher-requests/${id}/approve` }),
  (_uid, _documentId, id) => ({ method: 'POST', path: `/di-san/researcher-requests/${id}/decline`, body: { reason: 'không phù hợp' } }),
];

/** A JWT-shaped bearer signed with a key the server does not hold, claiming admin user 1. */
const FORGED_ADMIN_JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpZCI6MSwidHlwZSI6ImFjY2VzcyIsImlhdCI6MTc2NTA2NTYwMH0.' + 'c2lnbmVkLXdpdGgtYW5vdGhlci1rZXk';

export function adminApiArbitrary(archive: AttackArchive, credentials: { researcherJwt: string; apiToken: string }): fc.Arbitrary<AdminAttack> {
  const bearers: Array<[string, Record<string, string>]> = [
    ['none', {}],
    ['researcher JWT', { Authorization: `Bearer ${credentials.researcherJwt}` }],
    ['content-API token', { Authorization: `Bearer ${credentials.apiToken}` }],
    ['forged admin JWT', { Authorization: `Bearer ${FORGED_ADMIN_JWT}` }],
    ['garbage', { Authorization: 'Bearer x' }],
  ];
  return fc
    .tuple(fc.constantFrom(...ROUTES), fc.constantFrom(...archive.records), fc.nat(bearers.length - 1), fc.integer({ min: 1, max: 400 }))
    .map(([route, record, how, id]) => {
      const [credential, headers] = bearers[how];
      return { spec: { ...route(uidOf(record.type), record.documentId, id), headers }, credential };
    });
}

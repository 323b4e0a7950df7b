/** The review workflow's admin API, called as a given admin (JWT). */
import type { TestApp } from './app';
import { uidOf, type ArchiveType } from '../../src/content-model';

export const cmBase = (type: ArchiveType) => `/content-manager/collection-types/${uidOf(type)}`;

export function reviewAs(app: TestApp, token: string, type: ArchiveType = 'festival') {
  const auth = <T extends { set(name: string, value: string): T }>(request: T) => request.set('Authorization', `Bearer ${token}`);
  const uid = uidOf(type);
  const cm = cmBase(type);
  return {
    /** POST /di-san/review/:uid/:documentId/<action> */
    act: (action: 'submit' | 'approve' | 'request-changes', documentId: string, body: Record<string, unknown> = { locale: 'vi' }) =>
      auth(app.http().post(`/di-san/review/${uid}/${documentId}/${action}`)).send(body),
    status: (documentId: string, locale = 'vi') => auth(app.http().get(`/di-san/review/${uid}/${documentId}?locale=${locale}`)),
    diff: (documentId: string, locale = 'vi') => auth(app.http().get(`/di-san/review/${uid}/${documentId}/diff?locale=${locale}`)),
    queue: (query: string) => auth(app.http().get(`/di-san/review/queue?${query}`)),
    create: (data: Record<string, unknown>) => auth(app.http().post(`${cm}?locale=vi`)).send(data),
    update: (documentId: string, data: Record<string, unknown>) => auth(app.http().put(`${cm}/${documentId}?locale=vi`)).send(data),
    publish: (documentId: string) => auth(app.http().post(`${cm}/${documentId}/actions/publish?locale=vi`)).send({}),
    unpublish: (documentId: string) => auth(app.http().post(`${cm}/${documentId}/actions/unpublish?locale=vi`)).send({}),
    bulkPublish: (documentIds: string[]) => auth(app.http().post(`${cm}/actions/bulkPublish?locale=vi`)).send({ documentIds }),
  };
}

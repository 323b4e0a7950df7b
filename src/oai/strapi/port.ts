/**
 * The app's side of src/oai/answer.ts: the ledger, the guarded reads, the
 * settings and the addresses, for one request's audience and origin.
 */
import { createHmac } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Audience } from '../../access/levels';
import type { ArchiveType } from '../../content-model';
import type { OaiPort } from '../answer';
import { repositoryIdentifier } from '../identifiers';
import { permalinkPath } from '../../site/routes';
import { readDublinCore, readSetMembers } from './records';
import { ledgerStore } from './store';

/** Signs resumption tokens: OAI_TOKEN_SECRET, else derived from the app's first key (tokens survive restarts). */
export function tokenKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  if (env.OAI_TOKEN_SECRET) return Buffer.from(env.OAI_TOKEN_SECRET);
  const appKey = (env.APP_KEYS ?? '').split(',')[0];
  if (!appKey) throw new Error('OAI_TOKEN_SECRET or APP_KEYS must be set to sign OAI-PMH resumption tokens.');
  return createHmac('sha256', appKey).update('di-san oai resumption tokens').digest();
}

/** The record's permanent link (the site's, src/site/routes.ts): by documentId, so it survives slug and title changes. */
export const permalinkOf = (origin: string) => (type: ArchiveType, documentId: string) => `${origin}${permalinkPath('vi', type, documentId)}`;

async function superAdminEmails(strapi: Core.Strapi): Promise<string[]> {
  const admins = (await strapi.db.query('admin::user').findMany({
    where: { isActive: true, blocked: false, roles: { code: 'strapi-super-admin' } },
    select: ['email'],
    orderBy: { id: 'asc' },
  })) as Array<{ email?: string }>;
  return admins.map((admin) => admin.email ?? '').filter((email) => /^\S+@(\S+\.)+\S+$/.test(email));
}

export function oaiPort(strapi: Core.Strapi, { audience, origin }: { audience: Audience; origin: string }): OaiPort {
  const setting = (name: string) => String(strapi.config.get(`oai.${name}`, '') ?? '');
  const repository = repositoryIdentifier(String(strapi.config.get('server.url', '') ?? ''));
  const store = ledgerStore(strapi);
  const permalink = permalinkOf(origin);
  return {
    audience,
    baseUrl: `${origin}/oai`,
    repositoryName: setting('repositoryName'),
    repositoryIdentifier: repository,
    tokenKey: tokenKey(),
    pageSize: { records: Number(strapi.config.get('oai.recordsPerPage', 100)), headers: Number(strapi.config.get('oai.headersPerPage', 250)) },
    now: () => Date.now(),
    async adminEmails() {
      const configured = setting('adminEmail').split(',').map((email) => email.trim()).filter(Boolean);
      if (configured.length) return configured;
      const admins = await superAdminEmails(strapi);
      return admins.length ? admins : [`archive@${repository}`];
    },
    ledger: store,
    records: (type, documentIds) =>
      readDublinCore(strapi, {
        audience,
        type,
        documentIds,
        context: { publisher: setting('publisher'), defaultRights: setting('defaultRights'), linkOf: permalink, permalinkOf: permalink },
      }),
    setMembers: () => readSetMembers(strapi, audience),
  };
}

/**
 * OAI identifiers (pure): oai:<repository identifier>:<type>/<documentId>,
 * after the oai-identifier scheme. The documentId, not the slug, so an
 * identifier survives renames; the type, so one lookup finds the record.
 */
import { ARCHIVE_TYPES, type ArchiveType } from '../content-model';

export const oaiIdentifier = (repository: string, type: ArchiveType, documentId: string) => `oai:${repository}:${type}/${documentId}`;

/** The record an identifier names in this repository, or null (idDoesNotExist). */
export function parseOaiIdentifier(repository: string, identifier: string): { type: ArchiveType; documentId: string } | null {
  const prefix = `oai:${repository}:`;
  if (!identifier.startsWith(prefix)) return null;
  const [type, documentId, ...rest] = identifier.slice(prefix.length).split('/');
  if (rest.length || !documentId || !/^[a-z0-9]{1,64}$/.test(documentId)) return null;
  return (ARCHIVE_TYPES as readonly string[]).includes(type) ? { type: type as ArchiveType, documentId } : null;
}

/** The oai-identifier scheme's repositoryIdentifier syntax: a domain name with at least one dot. */
const DOMAIN = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;
export const FALLBACK_REPOSITORY = 'di-san.localhost';

/**
 * The repository identifier: the public host name, lower-cased, without
 * port. An address or a bare name ("127.0.0.1", "localhost") is not a
 * repositoryIdentifier, so those fall back to "di-san.localhost".
 */
export function repositoryIdentifier(publicUrl: string | undefined): string {
  if (!publicUrl) return FALLBACK_REPOSITORY;
  try {
    const host = new URL(publicUrl).hostname.toLowerCase();
    return DOMAIN.test(host) ? host : FALLBACK_REPOSITORY;
  } catch {
    return FALLBACK_REPOSITORY;
  }
}

import type { VersionKind } from './strapi/table';

export interface VersionTarget {
  documentId: string;
  locale: string | null;
  status: 'draft' | 'published';
  kind: VersionKind;
}

export const CAPTURED_ACTIONS = new Set(['create', 'update', 'publish', 'unpublish', 'discardDraft']);

type Entry = { documentId?: unknown; locale?: unknown } | null | undefined;

const entriesOf = (result: unknown): Entry[] => {
  const entries = (result as { entries?: Entry[] } | null)?.entries;
  return Array.isArray(entries) ? entries : [];
};
const localeOf = (entry: Entry, fallback: unknown): string | null =>
  typeof entry?.locale === 'string' ? entry.locale : typeof fallback === 'string' && fallback !== '*' ? fallback : null;

/**
 * Which versions a finished document-service call leaves to record, from its
 * action, parameters and result: one per locale it touched. A save is the
 * draft; a publish is the published row; an unpublish (and a discarded
 * draft) the draft that remains. A create or update with status 'published'
 * publishes inside Strapi without passing the middleware again, so it makes
 * two versions. Inside a restore, saves are recorded as kind 'restore'.
 */
export function versionTargets(action: string, params: Record<string, unknown>, result: unknown, restoring: boolean): VersionTarget[] {
  const save: VersionTarget['kind'] = restoring ? 'restore' : 'save';
  if (action === 'create' || action === 'update') {
    const entry = result as Entry;
    const documentId = entry?.documentId ?? params.documentId;
    if (!entry || typeof documentId !== 'string') return [];
    const locale = localeOf(entry, params.locale);
    const targets: VersionTarget[] = [{ documentId, locale, status: 'draft', kind: save }];
    if (params.status === 'published') targets.push({ documentId, locale, status: 'published', kind: 'publish' });
    return targets;
  }
  const documentId = (result as { documentId?: unknown } | null)?.documentId ?? params.documentId;
  if (typeof documentId !== 'string') return [];
  const kind: VersionKind | null =
    action === 'publish' ? 'publish' : action === 'unpublish' ? 'unpublish' : action === 'discardDraft' ? save : null;
  if (!kind) return [];
  const status = action === 'publish' ? 'published' : 'draft';
  const locales = [...new Set(entriesOf(result).map((entry) => localeOf(entry, params.locale)))];
  return locales.map((locale) => ({ documentId, locale, status, kind }));
}

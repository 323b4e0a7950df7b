/**
 * The record history admin API (docs/api.md § Record history) as the panel
 * uses it, through the admin's fetch client (token, refresh, base URL).
 */
import { useFetchClient } from '@strapi/strapi/admin';
import * as React from 'react';
import type { VersionKind } from '../../../curation/history/strapi/table';

export type { VersionKind };
export type Author = { id: number; name: string; email: string } | string;

export interface VersionSummary {
  id: number;
  uid: string;
  documentId: string;
  locale: string | null;
  kind: VersionKind;
  author: Author;
  createdAt: string;
  size: number;
}

export interface FieldChange {
  field: string;
  kind: 'value' | 'text' | 'component' | 'components' | 'relation' | 'media';
  before: unknown;
  after: unknown;
  added?: unknown[];
  removed?: unknown[];
}

export interface Diff {
  from: VersionSummary;
  to: VersionSummary;
  changes: FieldChange[];
}

export interface RestoreResult {
  documentId: string;
  locale: string | null;
  restoredFrom: number;
  version: number;
}

export function useHistoryApi() {
  const { get, post } = useFetchClient();
  return React.useMemo(
    () => ({
      versions: async (uid: string, documentId: string, locale: string | null) => {
        const query = locale ? `?locale=${encodeURIComponent(locale)}` : '';
        // A uid is [a-z:.-] only and goes in as written (e.g. the festival type), like the API examples in docs/api.md.
        const { data } = await get<{ data: VersionSummary[] }>(`/di-san/history/${uid}/${encodeURIComponent(documentId)}${query}`);
        return data.data;
      },
      diff: async (from: number, to: number) => {
        const { data } = await get<{ data: Diff }>(`/di-san/history/diff?from=${from}&to=${to}`);
        return data.data;
      },
      restore: async (version: VersionSummary) => {
        const body = { uid: version.uid, documentId: version.documentId, locale: version.locale };
        const { data } = await post<{ data: RestoreResult }>(`/di-san/history/${version.id}/restore`, body);
        return data.data;
      },
    }),
    [get, post],
  );
}

/** GET /di-san/audit and its CSV export (docs/api.md), through the admin's fetch client. */
import { useFetchClient } from '@strapi/strapi/admin';
import * as React from 'react';

export interface AuditEntry {
  seq: number;
  action: string;
  actor: string;
  actorUser: { id: number; name: string; email: string } | null;
  target: string | null;
  at: string;
  ip: string | null;
  details: unknown;
  hash: string;
}

export interface AuditPage {
  data: AuditEntry[];
  meta: { pagination: { page: number; pageSize: number; total: number } };
}

export function useAuditApi() {
  const { get } = useFetchClient();
  return React.useMemo(
    () => ({
      list: async (query: string) => (await get<AuditPage>(`/di-san/audit?${query}`)).data,
      /** The CSV as a Blob: the route needs the admin token, so a plain link cannot fetch it. */
      csv: async (query: string) => (await get<Blob>(`/di-san/audit/export.csv${query ? `?${query}` : ''}`, { responseType: 'blob' })).data,
    }),
    [get],
  );
}

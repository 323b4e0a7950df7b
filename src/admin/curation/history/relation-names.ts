/**
 * Names of the records a diff's relations point at, so an officer reads
 * "Mông" rather than a documentId. Read through the content-manager's list
 * API (its read rights apply; a record the user may not read, or that was
 * deleted since, stays an id).
 */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { linksTo, titleFieldOf, typeOfUid, uidOf } from '../../../content-model';
import type { FieldChange } from './api';

/** documentId → title, per relation field: `${field}:${documentId}`. */
export type RelationNames = Map<string, string>;

export const relationKey = (field: string, documentId: unknown) => `${field}:${String(documentId)}`;

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);

export function useRelationNames(uid: string, changes: FieldChange[] | undefined, locale: string | null): RelationNames {
  const { get } = useFetchClient();
  const [names, setNames] = React.useState<RelationNames>(() => new Map());

  React.useEffect(() => {
    const type = typeOfUid(uid);
    if (!type || !changes) return;
    let isCurrent = true;
    const wanted = changes
      .filter((change) => change.kind === 'relation')
      .map((change) => ({
        field: change.field,
        link: linksTo(type).find((link) => link.field === change.field),
        ids: [...new Set([...asList(change.before), ...asList(change.after)].map(String))],
      }))
      .filter((entry) => entry.link && entry.ids.length > 0);
    Promise.all(
      wanted.map(async ({ field, link, ids }) => {
        const target = link!.target;
        const params = new URLSearchParams({ page: '1', pageSize: String(ids.length) });
        if (locale) params.set('locale', locale);
        ids.forEach((id, index) => params.set(`filters[documentId][$in][${index}]`, id));
        const { data } = await get<{ results: Array<Record<string, unknown>> }>(`/content-manager/collection-types/${uidOf(target)}?${params}`);
        const titleField = titleFieldOf(target);
        return data.results.map((row) => [relationKey(field, row.documentId), String(row[titleField] ?? row.documentId)] as const);
      }),
    ).then(
      (lists) => {
        if (isCurrent) setNames(new Map(lists.flat()));
      },
      () => {
        /* names are a help: without them the diff shows ids */
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [get, uid, changes, locale]);

  return names;
}

/**
 * What a result list may show. `hiddenNames` (historical exonyms) and the full
 * description are searchable but never returned, by the search API or the proxy.
 */
export const CATALOGUE_HIT_FIELDS = [
  'id', 'documentId', 'type', 'locale', 'accessLevel', 'slug', 'title', 'names', 'taggedNames', 'snippet',
  'ethnicGroups', 'ethnicGroupCodes', 'languages', 'languageCodes', 'places', 'placeCodes',
  'lunarMonths', 'solarMonths', 'heritage', 'mediaKinds', 'year', 'decade', 'updatedAt',
] as const;

export const CATALOGUE_HIGHLIGHT_FIELDS = ['title', 'names', 'snippet'] as const;

export const TRANSCRIPT_HIT_FIELDS = ['id', 'mediaDocumentId', 'mediaTitle', 'tag', 'locale', 'accessLevel', 'start', 'end', 'text'] as const;

export const TRANSCRIPT_HIGHLIGHT_FIELDS = ['text'] as const;

export const NEVER_RETURNED = ['hiddenNames', 'description'] as const;

/**
 * Locale fallback, one rule for every channel (REST, the site): Vietnamese is
 * the archive's working language and every record exists in it; English is
 * added as translators get to it. So a record in another locale falls back to
 * Vietnamese, and a list in another locale is the Vietnamese list (same
 * filters, order and pagination) with each record swapped for its
 * translation where one exists. Callers say how to read; this says in which
 * order and what to keep.
 */
import { DEFAULT_LOCALE } from '../bootstrap/content-types';

/** One record: in `requested`, else in Vietnamese. `fellBack` when the Vietnamese one stands in. */
export async function readOneWithFallback<T>({
  requested,
  read,
  isFound,
}: {
  requested: string;
  read: (locale: string) => Promise<T>;
  isFound: (result: T) => boolean;
}): Promise<{ result: T; fellBack: boolean }> {
  const result = await read(requested);
  if (isFound(result) || requested === DEFAULT_LOCALE) return { result, fellBack: false };
  const fallback = await read(DEFAULT_LOCALE);
  return isFound(fallback) ? { result: fallback, fellBack: true } : { result, fellBack: false };
}

/**
 * A list: the Vietnamese rows, in their order, each replaced by its
 * translation in `requested` where `readTranslations` finds one.
 * `fellBack` lists the documentIds that stayed Vietnamese.
 */
export async function readManyWithFallback<T extends { documentId: string }>({
  requested,
  readBase,
  readTranslations,
}: {
  requested: string;
  /** The Vietnamese rows, with the caller's filters, sort and pagination. */
  readBase: () => Promise<T[]>;
  /** The rows in `requested` of these documents (any order). */
  readTranslations: (documentIds: string[]) => Promise<T[]>;
}): Promise<{ rows: T[]; fellBack: string[] }> {
  const base = await readBase();
  if (requested === DEFAULT_LOCALE || base.length === 0) return { rows: base, fellBack: [] };
  const byId = new Map((await readTranslations(base.map((row) => row.documentId))).map((row) => [row.documentId, row]));
  return {
    rows: base.map((row) => byId.get(row.documentId) ?? row),
    fellBack: base.filter((row) => !byId.has(row.documentId)).map((row) => row.documentId),
  };
}

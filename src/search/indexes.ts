/**
 * The app's indexes by name (with MEILI_INDEX_PREFIX, through indexName in
 * client.ts: the one place that applies it) and their state
 * markers. Markers live in a small index of their own (`di_san_meta`, one
 * document per index name): the settings version applied, and which database
 * the last full sync came from. They sit next to the data they describe, so
 * a wiped Meilisearch also loses its markers and is rebuilt.
 */
import { CATALOGUE_INDEX, TRANSCRIPTS_INDEX } from './catalogue';
import {
  addDocuments,
  createIndex,
  getDocument,
  indexExists,
  indexName,
  updateSettings,
  type SearchClient,
} from './client';
import { SETTINGS_VERSION, settingsFor, type IndexKind } from './settings';

export const catalogueIndexName = () => indexName(CATALOGUE_INDEX);
export const transcriptsIndexName = () => indexName(TRANSCRIPTS_INDEX);
export const indexNameOf = (kind: IndexKind) => (kind === 'catalogue' ? catalogueIndexName() : transcriptsIndexName());
export const metaIndexName = () => indexName('di_san_meta');

export interface IndexMarker {
  /** The index name (Meilisearch ids allow letters, digits, '-' and '_'; so do index names). */
  id: string;
  settingsVersion?: number;
  /** Database identity (see sync/catch-up.ts) whose records the last full sync enqueued. */
  fullSyncOf?: string;
  fullSyncVersion?: number;
  fullSyncAt?: string;
}

export async function readMarker(client: SearchClient, index: string): Promise<IndexMarker | null> {
  if (!(await indexExists(client, metaIndexName()))) return null;
  return getDocument<IndexMarker>(client, metaIndexName(), index);
}

export async function writeMarker(client: SearchClient, marker: IndexMarker): Promise<void> {
  await addDocuments(client, metaIndexName(), [marker]);
}

/**
 * Creates the index if needed and applies the settings of `kind` unless the
 * marker says this SETTINGS_VERSION is already there (idempotent; waits for
 * the task). `index` defaults to the live name; pass a new name to build a
 * fresh index for a swap. Returns whether settings were (re)applied.
 */
export async function applySettings(
  client: SearchClient,
  { kind, index = indexNameOf(kind), force = false }: { kind: IndexKind; index?: string; force?: boolean },
): Promise<boolean> {
  const marker = await readMarker(client, index);
  if (!force && marker?.settingsVersion === SETTINGS_VERSION && (await indexExists(client, index))) return false;
  await createIndex(client, index);
  await updateSettings(client, index, settingsFor(kind));
  await writeMarker(client, { ...(marker ?? {}), id: index, settingsVersion: SETTINGS_VERSION });
  return true;
}

/** After a swap, the live name holds the new index: record that its settings are current. */
export async function markSettingsApplied(client: SearchClient, index: string): Promise<void> {
  const marker = await readMarker(client, index);
  await writeMarker(client, { ...(marker ?? {}), id: index, settingsVersion: SETTINGS_VERSION });
}

const ENSURED = Symbol.for('di-san.ensured-indexes');

/**
 * applySettings for both live indexes, once per client (workers call it before
 * writing). What was applied is remembered on the client itself, which the
 * archive holds (one per MEILI_HOST), not in module state.
 */
export async function ensureIndexes(client: SearchClient): Promise<void> {
  const holder = client as SearchClient & { [ENSURED]?: Set<string> };
  const ensured = (holder[ENSURED] ??= new Set());
  const key = `${catalogueIndexName()}|${SETTINGS_VERSION}`;
  if (ensured.has(key)) return;
  await applySettings(client, { kind: 'catalogue' });
  await applySettings(client, { kind: 'transcripts' });
  ensured.add(key);
}

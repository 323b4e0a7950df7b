/** Search sync: the public surface for the app, scripts and the search API. */
export { registerSearch, bootstrapSearch } from './register-search';
export { queueSearchSync, queueReindexAll, SYNC_JOB, REINDEX_ALL_JOB, CATCH_UP_JOB } from './sync/queue-sync';
export { buildRecordDocuments, effectiveAccessLevel, type RecordDocuments } from './sync/build';
export { syncRecord } from './sync/sync-record';
export { reindexAll } from './sync/reindex-all';
export { catchUp, secondsUntilNextRun } from './sync/catch-up';
export { applySettings, markSettingsApplied, ensureIndexes, catalogueIndexName, transcriptsIndexName, indexNameOf } from './indexes';
export { SETTINGS_VERSION, catalogueSettings, transcriptSettings, settingsFor } from './settings';

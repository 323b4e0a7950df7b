/**
 * Fixity: re-read every stored original and compare it with the SHA-256
 * taken when it arrived. Bit rot, a bad disk or a tampered object shows up
 * here before anyone needs the file.
 */
import type { ObjectStore } from '../storage/object-store';
import { sha256OfStream } from '../storage/sha256';
import { originalKeyOf } from '../storage/upload-provider';

export interface StoredFile {
  id: number;
  name: string;
  hash: string;
  ext?: string | null;
  provider_metadata?: { sha256?: string } | null;
}

export interface FixityReport {
  checked: number;
  ok: number;
  /** Stored bytes no longer match the intake hash. */
  mismatched: Array<{ id: number; name: string; expected: string; actual: string }>;
  /** The original is gone from storage. */
  missing: Array<{ id: number; name: string }>;
  /** Uploaded before intake hashing existed: nothing to compare with (not a failure). */
  unrecorded: Array<{ id: number; name: string }>;
}

export async function checkFixity({
  store,
  files,
  onProgress = () => {},
}: {
  store: ObjectStore;
  files: StoredFile[];
  onProgress?: (done: number, total: number, name: string) => void;
}): Promise<FixityReport> {
  const report: FixityReport = { checked: 0, ok: 0, mismatched: [], missing: [], unrecorded: [] };
  for (const [index, file] of files.entries()) {
    const key = originalKeyOf({ hash: file.hash, ext: file.ext ?? '' });
    const expected = file.provider_metadata?.sha256;
    report.checked += 1;
    if (!(await store.head(key))) {
      report.missing.push({ id: file.id, name: file.name });
    } else if (!expected) {
      report.unrecorded.push({ id: file.id, name: file.name });
    } else {
      const { sha256: actual } = await sha256OfStream((await store.getStream(key)).stream);
      if (actual === expected) report.ok += 1;
      else report.mismatched.push({ id: file.id, name: file.name, expected, actual });
    }
    onProgress(index + 1, files.length, file.name);
  }
  return report;
}

export const isFixityClean = (report: FixityReport) => report.mismatched.length === 0 && report.missing.length === 0;

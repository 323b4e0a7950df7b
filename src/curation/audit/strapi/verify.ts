import type { Knex } from 'knex';
import { type ChainProblem, GENESIS, verifyChain } from '../chain';
import { type AuditRow, rowToEntry } from './append';
import { AUDIT_TABLE } from './table';

export const VERIFY_PAGE = 1000;

/** Walks the whole log in pages of 1,000 by seq; stops at the first problem. */
export async function verifyAuditLog(knex: Knex, schema?: string): Promise<{ entries: number; problem: ChainProblem | null }> {
  const table = () => (schema ? knex.withSchema(schema).from(AUDIT_TABLE) : knex.from(AUDIT_TABLE));
  // verifyChain advances state past each verified entry; seqs start at 1 without gaps, so state.seq
  // is also how many entries verified (on a break too, counting the pages before it).
  const state = { seq: 0, hash: GENESIS };
  for (;;) {
    const rows = (await table().select('*').where('seq', '>', state.seq).orderBy('seq', 'asc').limit(VERIFY_PAGE)) as AuditRow[];
    if (rows.length === 0) return { entries: state.seq, problem: null };
    const problem = verifyChain(rows.map(rowToEntry), state);
    if (problem) return { entries: state.seq, problem };
  }
}

export function describeProblem(problem: ChainProblem): string {
  switch (problem.kind) {
    case 'gap':
      return `audit: chain broken at seq ${problem.expectedSeq}: entry missing (next found is seq ${problem.seq})`;
    case 'link':
      return `audit: chain broken at seq ${problem.seq}: previous hash does not match entry ${problem.seq - 1}`;
    default:
      return `audit: chain broken at seq ${problem.seq}: content does not match its hash (altered)`;
  }
}

/**
 * Seed and size of a generated run. ATTACK_SEED replays a run exactly (the
 * fixture's markers derive from it too); ATTACK_RUNS sets every property's
 * number of runs (default: each property's own budget, sized for CI).
 */
import fc from 'fast-check';

export interface AttackSettings {
  seed: number;
  /** Runs per property when ATTACK_RUNS is set. */
  runs?: number;
}

export function attackSettings(file: string): AttackSettings {
  const seed = process.env.ATTACK_SEED ? Number(process.env.ATTACK_SEED) : Math.floor(Math.random() * 2 ** 31);
  if (!Number.isInteger(seed)) throw new Error(`ATTACK_SEED must be an integer, not ${process.env.ATTACK_SEED}`);
  const runs = process.env.ATTACK_RUNS ? Number(process.env.ATTACK_RUNS) : undefined;
  if (runs !== undefined && !(Number.isInteger(runs) && runs > 0)) throw new Error(`ATTACK_RUNS must be a positive whole number of runs per property, not ${process.env.ATTACK_RUNS}`);
  process.stdout.write(`[attack] ${file}: seed ${seed} (replay with ATTACK_SEED=${seed}), runs per property ${runs ?? 'default'}, database ${process.env.TEST_DATABASE ?? 'sqlite'}\n`);
  return { seed, runs };
}

export const runsOf = (settings: AttackSettings, runs: number) => settings.runs ?? runs;

/**
 * fc.assert with the file's seed; a failure names the seed, the counterexample
 * (already shrunk to a small query) and the property.
 */
export async function assertProperty<T>(
  settings: AttackSettings,
  name: string,
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => Promise<void>,
  runs: number,
): Promise<void> {
  const numRuns = runsOf(settings, runs);
  try {
    await fc.assert(fc.asyncProperty(arbitrary, predicate), { seed: settings.seed, numRuns, endOnFailure: false });
  } catch (error) {
    // fast-check keeps the predicate's own error (the request and what went wrong) as the cause.
    const cause = (error as Error & { cause?: unknown }).cause;
    const why = cause instanceof Error ? cause.message : cause === undefined ? '' : String(cause);
    const report = (error as Error).message.replace(/\n\s*Hint: .*$/s, '');
    throw new Error(`[attack] property "${name}" failed (ATTACK_SEED=${settings.seed}, ${numRuns} runs):\n${why}\n${report}`);
  }
}

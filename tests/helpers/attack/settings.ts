/**
 * Seed and size of a generated run. ATTACK_SEED replays a run exactly (the
 * fixture's markers derive from it too); ATTACK_RUNS sets every property's
 * number of runs (default: each property's own budget, sized for CI);
 * ATTACK_BUDGET scales those budgets (`npm test` sets 0.5 on its PostgreSQL
 * pass: the SQLite pass runs them whole, and each pass draws its own seed, so
 * the second database still meets thousands of fresh queries per run).
 */
import fc from 'fast-check';

export interface AttackSettings {
  seed: number;
  /** Runs per property when ATTACK_RUNS is set. */
  runs?: number;
  /** Factor on each property's own budget (ATTACK_BUDGET, default 1). */
  budget: number;
}

export function attackSettings(file: string): AttackSettings {
  const seed = process.env.ATTACK_SEED ? Number(process.env.ATTACK_SEED) : Math.floor(Math.random() * 2 ** 31);
  if (!Number.isInteger(seed)) throw new Error(`ATTACK_SEED must be an integer, not ${process.env.ATTACK_SEED}`);
  const runs = process.env.ATTACK_RUNS ? Number(process.env.ATTACK_RUNS) : undefined;
  if (runs !== undefined && !(Number.isInteger(runs) && runs > 0)) throw new Error(`ATTACK_RUNS must be a positive whole number of runs per property, not ${process.env.ATTACK_RUNS}`);
  const budget = process.env.ATTACK_BUDGET ? Number(process.env.ATTACK_BUDGET) : 1;
  if (!(budget > 0 && budget <= 100)) throw new Error(`ATTACK_BUDGET must be a number above 0 (a factor on each property's runs), not ${process.env.ATTACK_BUDGET}`);
  const size = runs ?? (budget === 1 ? 'default' : `default × ${budget}`);
  process.stdout.write(`[attack] ${file}: seed ${seed} (replay with ATTACK_SEED=${seed}), runs per property ${size}, database ${process.env.TEST_DATABASE ?? 'sqlite'}\n`);
  return { seed, runs, budget };
}

export const runsOf = (settings: AttackSettings, runs: number) => settings.runs ?? Math.max(1, Math.round(runs * settings.budget));

/**
 * fc.assert with the file's seed; a failure names the seed, the counterexample
 * (already shrunk to a small query) and what went wrong with it.
 */
export async function assertProperty<T>(
  settings: AttackSettings,
  name: string,
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => Promise<void>,
  numRuns: number,
): Promise<void> {
  try {
    await fc.assert(fc.asyncProperty(arbitrary, predicate), { seed: settings.seed, numRuns });
  } catch (error) {
    // fast-check keeps the predicate's own error (the request and what went wrong) as the cause.
    const cause = (error as Error & { cause?: unknown }).cause;
    const why = cause instanceof Error ? cause.message : cause === undefined ? '' : String(cause);
    const report = (error as Error).message.replace(/\n\s*Hint: .*$/s, '');
    throw new Error(`[attack] property "${name}" failed (ATTACK_SEED=${settings.seed}, ${numRuns} runs):\n${why}\n${report}`);
  }
}

export type Checks<T> = Record<string, (value: T) => Promise<void>>;

export interface Survey<T> {
  arbitrary: fc.Arbitrary<T>;
  checks: Checks<T>;
  /** How many generated values were checked. */
  count: number;
  /** The first failure of each check, by check name. */
  failures: Map<string, { index: number; message: string }>;
}

/**
 * Generate `runs` values once and put each through every check, so that one
 * rule failing early does not hide the others; a check that failed is not run
 * again. Each rule is then judged on its own by `judge`.
 */
export async function survey<T>(settings: AttackSettings, arbitrary: fc.Arbitrary<T>, runs: number, checks: Checks<T>): Promise<Survey<T>> {
  const values = fc.sample(arbitrary, { seed: settings.seed, numRuns: runsOf(settings, runs) });
  const failures = new Map<string, { index: number; message: string }>();
  for (const [index, value] of values.entries()) {
    for (const [name, check] of Object.entries(checks)) {
      if (failures.has(name)) continue;
      try {
        await check(value);
      } catch (error) {
        failures.set(name, { index, message: (error as Error).message });
      }
    }
  }
  return { arbitrary, checks, count: values.length, failures };
}

/** Fail with a shrunk counterexample when the survey found a value breaking `check`. */
export async function judge<T>(settings: AttackSettings, title: string, result: Survey<T>, check: string): Promise<void> {
  const failure = result.failures.get(check);
  if (!failure) return;
  // Replay up to the first failure and let fast-check shrink it to a small query.
  await assertProperty(settings, title, result.arbitrary, result.checks[check], failure.index + 1);
  throw new Error(`[attack] property "${title}" failed (ATTACK_SEED=${settings.seed}, generated value #${failure.index}; not reproduced for shrinking):\n${failure.message}`);
}
